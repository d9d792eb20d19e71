import { fromCents, toCents } from '@dmh/shared';
import { AppError } from '../common/app-error';
import type { PaymentWatch } from '../payment-watch/payment-watch.service';
import type { PaymentProvider } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import { wechatPayTime } from '../payments/wechatpay.time';
import type { OrdersService } from './orders.service';

export interface StartedPayment {
  orderNo: string;
  amount: string;
  prepayId: string;
  payParams: { appId: string; timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string };
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
    const prepay = await this.payments
      .createJsapiPrepay({
        outTradeNo: order.orderNo,
        description: `DMH order ${order.orderNo}`.slice(0, 127),
        amountFen: toCents(order.amount),
        payerOpenid: openid,
        ...(expiresAt && { timeExpire: wechatPayTime(expiresAt) }),
      })
      .catch((err: unknown) => {
        // The provider down or answering something unverifiable: the consumer may simply try again.
        throw err instanceof PaymentProviderError ? AppError.unavailable('the payment provider') : err;
      });
    return { orderNo: order.orderNo, amount: fromCents(toCents(order.amount)), prepayId: prepay.prepayId, payParams: prepay.payParams };
  }
}
