/**
 * The payment provider port and its WeChat Pay API v3 adapter. The same client talks to
 * https://api.mch.weixin.qq.com in production and to the local sandbox in development: only the base
 * URL and the keys differ.
 */
import { PaymentProviderError } from './payment.errors';
import { parseJson, wechatPayPost, type WechatPayHttpOptions } from './wechatpay.http';
import {
  jsapiPrepayRequestSchema,
  jsapiPrepayResponseSchema,
  type JsapiPrepayRequest,
} from './wechatpay.schemas';
import type { JsapiPayParams } from './wechatpay.signer';

export const WECHATPAY_API_BASE_URL = 'https://api.mch.weixin.qq.com';
const JSAPI_PATH = '/v3/pay/transactions/jsapi';

export interface JsapiPrepayInput {
  outTradeNo: string;
  description: string;
  /** Integer fen. */
  amountFen: number;
  payerOpenid: string;
  attach?: string;
  /** RFC 3339, e.g. 2024-06-08T10:34:56+08:00. */
  timeExpire?: string;
  /** Overrides the client's notify URL for this order. */
  notifyUrl?: string;
}

export interface JsapiPrepay {
  prepayId: string;
  payParams: JsapiPayParams;
}

export interface PaymentProvider {
  createJsapiPrepay(input: JsapiPrepayInput): Promise<JsapiPrepay>;
}

/** `baseUrl` is WECHATPAY_API_BASE_URL in production, the sandbox URL in development. */
export interface WechatPayClientOptions extends WechatPayHttpOptions {
  appid: string;
  notifyUrl: string;
}

export class WechatPayClient implements PaymentProvider {
  constructor(private readonly options: WechatPayClientOptions) {}

  async createJsapiPrepay(input: JsapiPrepayInput): Promise<JsapiPrepay> {
    const request = jsapiPrepayRequestSchema.safeParse({
      appid: this.options.appid,
      mchid: this.options.signer.mchid,
      description: input.description,
      out_trade_no: input.outTradeNo,
      time_expire: input.timeExpire,
      attach: input.attach,
      notify_url: input.notifyUrl ?? this.options.notifyUrl,
      amount: { total: input.amountFen, currency: 'CNY' },
      payer: { openid: input.payerOpenid },
    } satisfies JsapiPrepayRequest);
    if (!request.success) throw new PaymentProviderError('invalid_request');

    const response = await wechatPayPost(this.options, JSAPI_PATH, JSON.stringify(request.data));
    const parsed = jsapiPrepayResponseSchema.safeParse(parseJson(response));
    if (!parsed.success) throw new PaymentProviderError('malformed_response');
    const prepayId = parsed.data.prepay_id;
    return { prepayId, payParams: this.options.signer.jsapiPayParams(this.options.appid, prepayId) };
  }
}
