import { HttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { Api } from '../core/api/api.service';
import { BROWSER_LOCATION } from '../core/wechat/wechat-oauth.service';
import { type AppPayApiParams, toPluginParams, WECHAT_APP_PAY, type WechatAppPayPlugin } from './app-pay.plugin';
import { PaymentCancelled, PaymentService, PaymentUnavailable } from './payment.service';

const ORDER = 'D20261204110000ABCDEF123456';
const API_PARAMS: AppPayApiParams = {
  appid: 'wxdmhsandboxapp0001', partnerid: '1900000001', prepayid: 'wx20261204110000abcdef0123456789abcd', package: 'Sign=WXPay',
  noncestr: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS', timestamp: '1764846000', sign: 'c2lnbg==',
};

describe('APP pay in the Capacitor app', () => {
  let api: jasmine.SpyObj<Api>;
  let plugin: jasmine.SpyObj<WechatAppPayPlugin>;

  function service(): PaymentService {
    TestBed.configureTestingModule({
      providers: [
        { provide: Api, useValue: api },
        { provide: HttpClient, useValue: {} },
        { provide: BROWSER_LOCATION, useValue: { assign: jasmine.createSpy('assign'), replace: jasmine.createSpy('replace') } },
        { provide: WECHAT_APP_PAY, useValue: plugin },
      ],
    });
    const payments = TestBed.inject(PaymentService);
    spyOn(payments, 'method').and.returnValue('app');
    return payments;
  }

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('Api', ['post']);
    api.post.and.returnValue(of({ orderNo: ORDER, amount: '99.00', payParams: API_PARAMS }) as any);
    plugin = jasmine.createSpyObj<WechatAppPayPlugin>('WechatAppPay', ['requestPayment']);
  });

  it("maps the API's parameters to PayReq's fields one for one", () => {
    expect(toPluginParams(API_PARAMS)).toEqual({
      appId: 'wxdmhsandboxapp0001', partnerId: '1900000001', prepayId: 'wx20261204110000abcdef0123456789abcd', packageValue: 'Sign=WXPay',
      nonceStr: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS', timeStamp: '1764846000', sign: 'c2lnbg==',
    });
  });

  it("asks the API's APP prepay and hands its signed parameters to the plugin; success means: ask the server", async () => {
    plugin.requestPayment.and.resolveTo({ result: 'success' });
    expect(await service().pay(ORDER)).toBe('confirming');
    expect(api.post).toHaveBeenCalledWith('/api/v1/orders/{orderNo}/pay/app', { params: { orderNo: ORDER } } as any);
    expect(plugin.requestPayment).toHaveBeenCalledWith(toPluginParams(API_PARAMS));
  });

  it('a cancel says it was cancelled, a failure asks to retry', async () => {
    plugin.requestPayment.and.resolveTo({ result: 'cancel' });
    await expectAsync(service().pay(ORDER)).toBeRejectedWith(jasmine.any(PaymentCancelled));
    plugin.requestPayment.and.resolveTo({ result: 'fail' });
    await expectAsync(TestBed.inject(PaymentService).pay(ORDER)).toBeRejectedWithError(PaymentUnavailable, '微信支付未完成，请重试');
  });

  it('an app built without the native plugin says so, in words', async () => {
    plugin.requestPayment.and.rejectWith(Object.assign(new Error('"WechatAppPay" plugin is not implemented on android'), { code: 'UNIMPLEMENTED' }));
    await expectAsync(service().pay(ORDER)).toBeRejectedWithError(PaymentUnavailable, /暂不支持微信支付/);
  });

  it('an order the API refuses never reaches the plugin', async () => {
    api.post.and.returnValue(throwError(() => new Error('409')));
    await expectAsync(service().pay(ORDER)).toBeRejected();
    expect(plugin.requestPayment).not.toHaveBeenCalled();
  });
});
