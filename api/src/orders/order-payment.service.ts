import { chinaTime, fromCents, toCents } from '@dmh/shared';
import { H5_URL_TTL_MS } from '@dmh/shared/dist/wechatpay';
import { AppError } from '../common/app-error';
import type { PaymentWatch } from '../payment-watch/payment-watch.service';
import type { PaymentProvider } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { AppPayParams } from '../payments/wechatpay.signer';
import type { OrdersService } from './orders.service';

export interface StartedH5Payment {
  orderNo: string;
  amount: string;
  /** WeChat Pay's page, with redirect_url back to the order's result page. */
  h5Url: string;
  /** When to ask for a new one (WeChat's h5_url lives 5 minutes; never after the order's pay window). */
  expiresAt: string;
}

export interface StartedPayment {
  orderNo: string;
  amount: string;
  prepayId: string;
  payParams: { appId: string; timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string };
}

export interface StartedAppPayment {
  orderNo: string;
  amount: string;
  /** What the mobile app hands to the WeChat SDK (PayReq), signed with the merchant key. */
  payParams: AppPayParams;
}

/**
 * The consumer starts paying an order: only a pending, unpaid order inside its pay window may be paid. The
 * order's payment watch (the active query, payment-watch.service) is scheduled before WeChat Pay is asked,
 * so an order WeChat knows is always watched, even if this process dies right after the prepay; the prepay
 * carries the order's expiry as time_expire, so WeChat stops taking payment when DMH stops seating it.
 */
export class OrderPaymentService {
  constructor(
    private readonly orders: Pick<OrdersService, 'getOrder'>,
    private readonly payments: PaymentProvider,
    private readonly watch: Pick<PaymentWatch, 'start'> | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async start(orderNo: string, openid: string): Promise<StartedPayment> {
    const { order, expiresAt } = await this.payable(orderNo);
    const prepay = await this.payments
      .createJsapiPrepay({
        outTradeNo: order.orderNo,
        description: `DMH order ${order.orderNo}`.slice(0, 127),
        amountFen: toCents(order.amount),
        payerOpenid: openid,
        ...(expiresAt && { timeExpire: chinaTime(expiresAt) }),
      })
      .catch(providerDown);
    return { orderNo: order.orderNo, amount: fromCents(toCents(order.amount)), prepayId: prepay.prepayId, payParams: prepay.payParams };
  }

  /**
   * H5 pay (a mobile browser outside WeChat): a new h5_url each time it is asked (WeChat's lives 5 minutes),
   * with `redirect_url` back to the order's result page, which then asks the server: coming back is not paying.
   */
  async startH5(orderNo: string, payerClientIp: string, resultPageUrl: string): Promise<StartedH5Payment> {
    if (!this.payments.createH5Prepay) throw AppError.unavailable('H5 pay');
    const { order, expiresAt } = await this.payable(orderNo);
    const { h5Url } = await this.payments
      .createH5Prepay({
        outTradeNo: order.orderNo,
        description: `DMH order ${order.orderNo}`.slice(0, 127),
        amountFen: toCents(order.amount),
        payerClientIp,
        ...(expiresAt && { timeExpire: chinaTime(expiresAt) }),
      })
      .catch(providerDown);
    const validUntil = Math.min(this.now() + H5_URL_TTL_MS, expiresAt?.getTime() ?? Infinity);
    return {
      orderNo: order.orderNo,
      amount: fromCents(toCents(order.amount)),
      h5Url: `${h5Url}${h5Url.includes('?') ? '&' : '?'}redirect_url=${encodeURIComponent(resultPageUrl)}`,
      expiresAt: new Date(validUntil).toISOString(),
    };
  }

  /**
   * APP pay (the mobile app, WeChat's Open SDK): the prepay with the mobile app's appid and the signed PayReq
   * parameters. Asked again, WeChat answers the same prepay_id, freshly signed: the app may simply ask again.
   */
  async startApp(orderNo: string): Promise<StartedAppPayment> {
    if (!this.payments.createAppPrepay) throw AppError.unavailable('APP pay');
    const { order, expiresAt } = await this.payable(orderNo);
    const { payParams } = await this.payments
      .createAppPrepay({
        outTradeNo: order.orderNo,
        description: `DMH order ${order.orderNo}`.slice(0, 127),
        amountFen: toCents(order.amount),
        ...(expiresAt && { timeExpire: chinaTime(expiresAt) }),
      })
      .catch(providerDown);
    return { orderNo: order.orderNo, amount: fromCents(toCents(order.amount)), payParams };
  }

  /** The order if it may be paid now: pending, unpaid, inside its pay window (its payment watch scheduled). */
  private async payable(orderNo: string) {
    const order = await this.orders.getOrder(orderNo);
    if (order.status === 'cancelled' && order.payStatus === 'unpaid') {
      const why = order.closeReason === 'provider_closed' ? 'closed by the payment provider' : 'expired';
      throw new AppError('ORDER_NOT_PAYABLE', `the order was closed unpaid (${why})`);
    }
    if (order.payStatus !== 'unpaid' || order.status !== 'pending') throw new AppError('ORDER_NOT_PAYABLE');
    const expiresAt = order.payExpiresAt === null ? null : new Date(order.payExpiresAt);
    const msToExpiry = expiresAt === null ? null : expiresAt.getTime() - this.now();
    if (msToExpiry !== null && msToExpiry <= 0) throw new AppError('ORDER_NOT_PAYABLE', 'the order expired: its payment window has closed');

    await this.watch?.start(order.orderNo, msToExpiry);
    return { order, expiresAt };
  }
}

/** The provider down or answering something unverifiable: the consumer may simply try again. */
function providerDown(err: unknown): never {
  throw err instanceof PaymentProviderError ? AppError.unavailable('the payment provider') : err;
}
