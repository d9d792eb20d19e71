/** Decrypted notification resources as WeChat Pay fills them in, for the sandbox and the tests. */
import { refundId, transactionId } from './ids';
import type { RefundResource, TransactionResource } from './schemas';
import { beijingTime } from './time';

export interface PaidTransactionInput {
  appid: string;
  mchid: string;
  outTradeNo: string;
  amountFen: number;
  payerOpenid: string;
  attach?: string;
  /** JSAPI by default. */
  tradeType?: string;
  /** Milliseconds since the epoch. */
  nowMs: number;
}

export function paidTransaction(input: PaidTransactionInput): TransactionResource {
  return {
    appid: input.appid,
    mchid: input.mchid,
    out_trade_no: input.outTradeNo,
    transaction_id: transactionId(input.nowMs),
    trade_type: input.tradeType ?? 'JSAPI',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    bank_type: 'OTHERS',
    attach: input.attach ?? '',
    success_time: beijingTime(input.nowMs),
    payer: { openid: input.payerOpenid },
    amount: { total: input.amountFen, payer_total: input.amountFen, currency: 'CNY', payer_currency: 'CNY' },
  };
}

export interface SuccessfulRefundInput {
  mchid: string;
  outTradeNo: string;
  transactionId: string;
  outRefundNo: string;
  totalFen: number;
  refundFen: number;
  nowMs: number;
  refundId?: string;
}

export function successfulRefund(input: SuccessfulRefundInput): RefundResource {
  return endedRefund(input, 'SUCCESS');
}

/** The resource of REFUND.SUCCESS, REFUND.CLOSED or REFUND.ABNORMAL: only a success has a success_time. */
export function endedRefund(input: SuccessfulRefundInput, status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL'): RefundResource {
  return {
    mchid: input.mchid,
    out_trade_no: input.outTradeNo,
    transaction_id: input.transactionId,
    out_refund_no: input.outRefundNo,
    refund_id: input.refundId ?? refundId(),
    refund_status: status,
    ...(status === 'SUCCESS' && { success_time: beijingTime(input.nowMs) }),
    user_received_account: '支付用户零钱',
    amount: { total: input.totalFen, refund: input.refundFen, payer_total: input.totalFen, payer_refund: input.refundFen },
  };
}
