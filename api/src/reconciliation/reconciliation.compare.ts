import type { ReconciliationDifferenceKind } from '@dmh/shared';
import type { TradeBillRow } from '../payments/wechatpay.bill-parser';

/** An order as DMH's books have it; amounts in integer fen. */
export interface DmhOrder {
  outTradeNo: string;
  payStatus: string;
  transactionId: string | null;
  amountFen: number;
}

export interface DmhRefund {
  outRefundNo: string;
  outTradeNo: string;
  status: string;
  amountFen: number;
}

/** What DMH knows that a day's bill is compared with. */
export interface DmhBooks {
  /** Orders paid (success time) on the day: each should be in the bill. */
  paidOfDay: DmhOrder[];
  /** The orders the bill's payments name, whatever their state or day. */
  ordersByNo: ReadonlyMap<string, DmhOrder>;
  /** Refunds DMH recorded as successful, asked for on the day: each should be in the bill. */
  refundsOfDay: DmhRefund[];
  /** The refunds the bill's refund rows name. */
  refundsByNo: ReadonlyMap<string, DmhRefund>;
}

export interface Difference {
  kind: ReconciliationDifferenceKind;
  outTradeNo: string;
  transactionId: string | null;
  outRefundNo: string | null;
  wechatFen: number | null;
  dmhFen: number | null;
}

/**
 * Every difference between a day's bill and DMH's books, payments by out_trade_no and refunds by
 * out_refund_no, amounts in fen: pure, so every rule is a unit test. A refund DMH recorded as failed
 * (WeChat refused it when asked) counts as absent.
 */
export function compareBill(rows: readonly TradeBillRow[], books: DmhBooks): Difference[] {
  const differences: Difference[] = [];
  const payments = rows.filter((r) => r.tradeState === 'SUCCESS');
  const refunds = rows.filter((r) => r.tradeState === 'REFUND' && r.outRefundNo !== undefined);
  for (const row of payments) {
    const order = books.ordersByNo.get(row.outTradeNo);
    const at = { outTradeNo: row.outTradeNo, transactionId: row.transactionId, outRefundNo: null, wechatFen: row.totalFen, dmhFen: order?.amountFen ?? null };
    if (!order || order.payStatus === 'unpaid') differences.push({ kind: 'payment_missing_in_dmh', ...at });
    else if (order.amountFen !== row.totalFen) differences.push({ kind: 'amount_mismatch', ...at });
  }
  const billed = new Set(payments.map((r) => r.outTradeNo));
  for (const order of books.paidOfDay) {
    if (billed.has(order.outTradeNo)) continue;
    differences.push({ kind: 'payment_missing_at_wechat', outTradeNo: order.outTradeNo, transactionId: order.transactionId, outRefundNo: null, wechatFen: null, dmhFen: order.amountFen });
  }
  for (const row of refunds) {
    const refund = books.refundsByNo.get(row.outRefundNo!);
    const known = refund && refund.status !== 'failed' ? refund : undefined;
    const at = { outTradeNo: row.outTradeNo, transactionId: row.transactionId, outRefundNo: row.outRefundNo!, wechatFen: row.refundFen, dmhFen: known?.amountFen ?? null };
    if (!known) differences.push({ kind: 'refund_missing_in_dmh', ...at });
    else if (known.amountFen !== row.refundFen) differences.push({ kind: 'amount_mismatch', ...at });
  }
  const refunded = new Set(refunds.map((r) => r.outRefundNo));
  for (const refund of books.refundsOfDay) {
    if (refunded.has(refund.outRefundNo)) continue;
    differences.push({ kind: 'refund_missing_at_wechat', outTradeNo: refund.outTradeNo, transactionId: null, outRefundNo: refund.outRefundNo, wechatFen: null, dmhFen: refund.amountFen });
  }
  return differences;
}
