/**
 * The sandbox's books: every prepaid order and every refund it has seen, in memory, with the lookups
 * WeChat Pay's query endpoints offer (out_trade_no, transaction_id, out_refund_no). State only: no HTTP,
 * no signing. Development and tests only.
 */
import { randomUUID } from 'node:crypto';
import { beijingTime, prepayId, type RefundStatus, type TransactionResource } from '@dmh/shared/dist/wechatpay';
import { SandboxError } from './delivery';

export interface PrepayInput {
  outTradeNo: string;
  amountFen: number;
  description: string;
  notifyUrl: string;
  payerOpenid?: string;
  attach?: string;
  /** The app the order is paid in when not the Official Account (APP pay: the mobile app's appid). */
  appid?: string;
  /** JSAPI unless said (APP for the mobile app). */
  tradeType?: 'JSAPI' | 'MWEB' | 'APP';
}

export interface SandboxOrder {
  prepayId: string;
  input: PrepayInput;
  createdMs: number;
  paid?: { transaction: TransactionResource; eventId: string; paidMs: number };
  closed?: boolean;
  refundedFen: number;
}

/** A refund as WeChat keeps it: what the refund API and the refund query answer. */
export interface SandboxRefund {
  outTradeNo: string;
  transactionId: string;
  outRefundNo: string;
  refundId: string;
  status: RefundStatus;
  totalFen: number;
  refundFen: number;
  createdMs: number;
  successMs?: number;
  notifyUrl: string;
}

export class SandboxBooks {
  private readonly orders = new Map<string, SandboxOrder>();
  private readonly prepayIndex = new Map<string, string>();
  private readonly transactionIndex = new Map<string, string>();
  private readonly refunds = new Map<string, SandboxRefund>();

  /** The same request twice gets the same prepay_id; a paid or closed order refuses a new prepay. */
  prepay(input: PrepayInput, nowMs: number): SandboxOrder {
    const existing = this.orders.get(input.outTradeNo);
    if (existing?.paid) throw new SandboxError('ORDERPAID', 400, 'order already paid');
    if (existing?.closed) throw new SandboxError('ORDER_CLOSED', 400, 'order already closed');
    if (existing) {
      const same = (['amountFen', 'description', 'notifyUrl'] as const).every((k) => existing.input[k] === input[k]);
      if (!same) throw new SandboxError('INVALID_REQUEST', 400, 'out_trade_no reused with different parameters');
      return existing;
    }
    const order: SandboxOrder = { prepayId: prepayId(nowMs), input, createdMs: nowMs, refundedFen: 0 };
    this.orders.set(input.outTradeNo, order);
    this.prepayIndex.set(order.prepayId, input.outTradeNo);
    return order;
  }

  /** By prepay_id or out_trade_no; 404 ORDER_NOT_EXIST as WeChat answers. */
  order(prepayIdOrOutTradeNo: string): SandboxOrder {
    const outTradeNo = this.prepayIndex.get(prepayIdOrOutTradeNo) ?? prepayIdOrOutTradeNo;
    const order = this.orders.get(outTradeNo);
    if (!order) throw new SandboxError('ORDER_NOT_EXIST', 404, 'order does not exist');
    return order;
  }

  orderByTransactionId(transactionId: string): SandboxOrder {
    const outTradeNo = this.transactionIndex.get(transactionId);
    if (outTradeNo === undefined) throw new SandboxError('ORDER_NOT_EXIST', 404, 'order does not exist');
    return this.order(outTradeNo);
  }

  /** Records the payment once; paying again keeps the first transaction (a retry re-delivers it). */
  markPaid(order: SandboxOrder, make: () => TransactionResource, nowMs: number): NonNullable<SandboxOrder['paid']> {
    if (order.closed) throw new SandboxError('ORDER_CLOSED', 400, 'order already closed');
    if (!order.paid) {
      const transaction = make();
      order.paid = { transaction, eventId: randomUUID(), paidMs: nowMs };
      this.transactionIndex.set(transaction.transaction_id, order.input.outTradeNo);
    }
    return order.paid;
  }

  /** POST …/close: a paid order answers ORDERPAID; closing twice is accepted, as WeChat does. */
  close(outTradeNo: string): void {
    const order = this.order(outTradeNo);
    if (order.paid) throw new SandboxError('ORDERPAID', 400, 'order already paid');
    order.closed = true;
  }

  /** The order as the query endpoints describe it: SUCCESS, REFUND, NOTPAY or CLOSED. */
  tradeState(order: SandboxOrder): 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' {
    if (order.paid) return order.refundedFen > 0 ? 'REFUND' : 'SUCCESS';
    return order.closed ? 'CLOSED' : 'NOTPAY';
  }

  addRefund(refund: SandboxRefund): void {
    this.refunds.set(refund.outRefundNo, refund);
  }

  refund(outRefundNo: string): SandboxRefund {
    const refund = this.refunds.get(outRefundNo);
    if (!refund) throw new SandboxError('RESOURCE_NOT_EXISTS', 404, 'refund does not exist');
    return refund;
  }

  hasRefund(outRefundNo: string): boolean {
    return this.refunds.has(outRefundNo);
  }

  /** Payments (by success time) and refunds (by acceptance time) of one Beijing calendar day, yyyy-MM-dd. */
  day(billDate: string): { paid: SandboxOrder[]; refunds: SandboxRefund[] } {
    const onDay = (ms: number) => beijingTime(ms).slice(0, 10) === billDate;
    return {
      paid: [...this.orders.values()].filter((o) => o.paid && onDay(o.paid.paidMs)),
      refunds: [...this.refunds.values()].filter((r) => onDay(r.createdMs)),
    };
  }
}
