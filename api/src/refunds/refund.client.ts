import { REFUND_API_PATH, type RefundApiResponse, refundApiRequestSchema, refundApiResponseSchema } from '@dmh/shared/dist/wechatpay';
import { PaymentProviderError } from '../payments/payment.errors';
import { parseJson, wechatPayGet, wechatPayPost, type WechatPayHttpOptions } from '../payments/wechatpay.http';
import type { VerifiedRefund } from '../payments/wechatpay.verifier';

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

/** The provider port of the refund watch: a refund's state now, by out_refund_no. */
export interface RefundQuery {
  queryRefund(outRefundNo: string): Promise<QueriedRefund>;
}

/** A refund as the refund query answers it: its state now, and what WeChat says of it. */
export interface QueriedRefund extends VerifiedRefund {
  transactionId?: string;
  channel?: string;
  userReceivedAccount?: string;
  createTime?: string;
  successTime?: string;
}

export interface WechatPayRefundClientOptions extends WechatPayHttpOptions {
  notifyUrl: string;
}

/**
 * WeChat Pay v3 domestic refunds: the request is signed with the merchant key, a 2xx answer is accepted
 * only with a valid platform signature (as for payments), and its result has the shape of a refund
 * notification's resource, so both are applied by the same code.
 */
export class WechatPayRefundClient implements RefundProvider, RefundQuery {
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
    const r = parseRefund(raw);
    return {
      outTradeNo: r.out_trade_no, outRefundNo: r.out_refund_no, refundId: r.refund_id, refundStatus: r.status,
      amount: { total: r.amount.total, refund: r.amount.refund },
    };
  }

  /** GET /v3/refund/domestic/refunds/{out_refund_no}; an unknown refund is providerCode RESOURCE_NOT_EXISTS (404). */
  async queryRefund(outRefundNo: string): Promise<QueriedRefund> {
    if (!/^[0-9A-Za-z_\-|*@]{1,64}$/.test(outRefundNo)) throw new PaymentProviderError('invalid_request');
    const r = parseRefund(await wechatPayGet(this.options, `${REFUND_API_PATH}/${encodeURIComponent(outRefundNo)}`));
    return {
      outTradeNo: r.out_trade_no, outRefundNo: r.out_refund_no, refundId: r.refund_id, refundStatus: r.status,
      amount: { total: r.amount.total, refund: r.amount.refund },
      ...(r.transaction_id !== undefined && { transactionId: r.transaction_id }),
      ...(r.channel !== undefined && { channel: r.channel }),
      ...(r.user_received_account !== undefined && { userReceivedAccount: r.user_received_account }),
      ...(r.create_time !== undefined && { createTime: r.create_time }),
      ...(r.success_time !== undefined && { successTime: r.success_time }),
    };
  }
}

function parseRefund(raw: Buffer): RefundApiResponse {
  const parsed = refundApiResponseSchema.safeParse(parseJson(raw));
  if (!parsed.success) throw new PaymentProviderError('malformed_response');
  return parsed.data;
}
