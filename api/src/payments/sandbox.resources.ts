/** Decrypted notification resources as WeChat Pay fills them in, for the sandbox and the tests. */
import { beijingTime, refundId, transactionId } from './sandbox.ids';
import type { RefundResource, TransactionResource } from './wechatpay.schemas';

export interface PaidTransactionInput {
  appid: string;
  mchid: string;
  outTradeNo: string;
  amountFen: number;
  payerOpenid: string;
  attach?: string;
  /** Milliseconds since the epoch. */
  nowMs: number;
}

export function paidTransaction(input: PaidTransactionInput): TransactionResource {
  return {
    appid: input.appid,
    mchid: input.mchid,
    out_trade_no: input.outTradeNo,
    transaction_id: transactionId(input.nowMs),
    trade_type: 'JSAPI',
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
}

export function successfulRefund(input: SuccessfulRefundInput): RefundResource {
  return {
    mchid: input.mchid,
    out_trade_no: input.outTradeNo,
    transaction_id: input.transactionId,
    out_refund_no: input.outRefundNo,
    refund_id: refundId(),
    refund_status: 'SUCCESS',
    success_time: beijingTime(input.nowMs),
    user_received_account: '支付用户零钱',
    amount: { total: input.totalFen, refund: input.refundFen, payer_total: input.totalFen, payer_refund: input.refundFen },
  };
}
