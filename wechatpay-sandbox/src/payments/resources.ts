/** Orders and refunds as the sandbox's query and refund endpoints answer them. */
import { beijingTime } from '@dmh/shared/dist/wechatpay';
import type { SandboxOrder, SandboxRefund } from './books';

const STATE_DESC = { SUCCESS: '支付成功', REFUND: '转入退款', NOTPAY: '订单未支付', CLOSED: '订单已关闭' } as const;

/** An order as GET /v3/pay/transactions/… describes it; an unpaid order has no transaction_id nor payer. */
export function queriedTransaction(
  order: SandboxOrder,
  state: keyof typeof STATE_DESC,
  payee: { appid: string; mchid: string },
): Record<string, unknown> {
  if (order.paid) return { ...order.paid.transaction, trade_state: state, trade_state_desc: STATE_DESC[state] };
  return {
    appid: order.input.appid ?? payee.appid,
    mchid: payee.mchid,
    out_trade_no: order.input.outTradeNo,
    trade_state: state,
    trade_state_desc: STATE_DESC[state],
    attach: order.input.attach ?? '',
    amount: { total: order.input.amountFen, currency: 'CNY', payer_currency: 'CNY' },
  };
}

/** A refund as POST /v3/refund/domestic/refunds and GET …/refunds/{out_refund_no} answer it: every field WeChat sends. */
export function refundAnswer(refund: SandboxRefund): Record<string, unknown> {
  return {
    refund_id: refund.refundId,
    out_refund_no: refund.outRefundNo,
    transaction_id: refund.transactionId,
    out_trade_no: refund.outTradeNo,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    ...(refund.successMs !== undefined && { success_time: beijingTime(refund.successMs) }),
    create_time: beijingTime(refund.createdMs),
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total: refund.totalFen,
      refund: refund.refundFen,
      from: [],
      payer_total: refund.totalFen,
      payer_refund: refund.refundFen,
      settlement_refund: refund.refundFen,
      settlement_total: refund.totalFen,
      discount_refund: 0,
      currency: 'CNY',
      refund_fee: 0,
    },
    promotion_detail: [],
  };
}
