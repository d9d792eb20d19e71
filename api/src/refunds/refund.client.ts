import { PaymentProviderError } from '../payments/payment.errors';
import { parseJson, wechatPayPost, type WechatPayHttpOptions } from '../payments/wechatpay.http';
import type { VerifiedRefund } from '../payments/wechatpay.verifier';
import { REFUND_API_PATH, refundApiRequestSchema, refundApiResponseSchema } from './refund.schemas';

export interface RefundRequest {
  outTradeNo: string;
  outRefundNo: string;
  /** Integer fen. */
  refundFen: number;
  totalFen: number;
  reason?: string;
}

/** The provider port of admin refunds. */
export interface RefundProvider {
  /** Asks for a refund; WeChat dedupes by out_refund_no, so asking again with the same number is safe. */
  refund(request: RefundRequest): Promise<VerifiedRefund>;
}

export interface WechatPayRefundClientOptions extends WechatPayHttpOptions {
  notifyUrl: string;
}

/**
 * WeChat Pay v3 domestic refunds: the request is signed with the merchant key, a 2xx answer is accepted
 * only with a valid platform signature (as for payments), and its result has the shape of a refund
 * notification's resource, so both are applied by the same code.
 */
export class WechatPayRefundClient implements RefundProvider {
  constructor(private readonly options: WechatPayRefundClientOptions) {}

  async refund(request: RefundRequest): Promise<VerifiedRefund> {
    const body = refundApiRequestSchema.safeParse({
      out_trade_no: request.outTradeNo,
      out_refund_no: request.outRefundNo,
      reason: request.reason,
      notify_url: this.options.notifyUrl,
      amount: { refund: request.refundFen, total: request.totalFen, currency: 'CNY' },
    });
    if (!body.success) throw new PaymentProviderError('invalid_request');
    const raw = await wechatPayPost(this.options, REFUND_API_PATH, JSON.stringify(body.data));
    const parsed = refundApiResponseSchema.safeParse(parseJson(raw));
    if (!parsed.success) throw new PaymentProviderError('malformed_response');
    const r = parsed.data;
    return {
      outTradeNo: r.out_trade_no, outRefundNo: r.out_refund_no, refundId: r.refund_id, refundStatus: r.status,
      amount: { total: r.amount.total, refund: r.amount.refund },
    };
  }
}
