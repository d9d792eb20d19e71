/** An order query's answer, checked and turned into what DMH uses: a paid order as a notification would give it. */
import type { TRADE_STATES } from '@dmh/shared/dist/wechatpay';
import { PaymentProviderError } from './payment.errors';
import { transactionQuerySchema } from './wechatpay.query-schemas';
import type { VerifiedTransaction } from './wechatpay.verifier';

export interface QueriedOrder {
  outTradeNo: string;
  tradeState: (typeof TRADE_STATES)[number];
  tradeStateDesc?: string;
  mchid: string;
  appid: string;
  /** Integer fen, when WeChat gives it. */
  amountTotal?: number;
  /**
   * Set when the order was paid (SUCCESS, or REFUND after a refund): the same shape a TRANSACTION.SUCCESS
   * notification gives, so a query's payment goes through the notification's code path.
   */
  transaction?: VerifiedTransaction;
}

export function toQueriedOrder(json: unknown): QueriedOrder {
  const parsed = transactionQuerySchema.safeParse(json);
  if (!parsed.success) throw new PaymentProviderError('malformed_response');
  const t = parsed.data;
  const paid = t.trade_state === 'SUCCESS' || t.trade_state === 'REFUND';
  return {
    outTradeNo: t.out_trade_no,
    tradeState: t.trade_state,
    ...(t.trade_state_desc !== undefined && { tradeStateDesc: t.trade_state_desc }),
    mchid: t.mchid,
    appid: t.appid,
    ...(t.amount.total !== undefined && { amountTotal: t.amount.total }),
    ...(paid && {
      transaction: {
        outTradeNo: t.out_trade_no,
        transactionId: t.transaction_id!,
        tradeState: t.trade_state,
        amountTotal: t.amount.total!,
        currency: t.amount.currency!,
        successTime: t.success_time!,
        payerOpenid: t.payer!.openid!,
        mchid: t.mchid,
        appid: t.appid,
      },
    }),
  };
}
