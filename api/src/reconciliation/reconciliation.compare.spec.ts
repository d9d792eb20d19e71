import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TradeBillRow } from '../payments/wechatpay.bill-parser';
import { compareBill, type DmhBooks, type DmhOrder, type DmhRefund } from './reconciliation.compare';

const payment = (outTradeNo: string, totalFen: number): TradeBillRow => ({
  tradeTime: '2026-12-02 10:00:00', appid: 'wx1', mchid: '1900000001', transactionId: `T${outTradeNo}`, outTradeNo, openid: 'o1',
  tradeType: 'JSAPI', tradeState: 'SUCCESS', currency: 'CNY', settlementTotalFen: totalFen, couponFen: 0, refundId: undefined,
  outRefundNo: undefined, refundFen: 0, refundStatus: '', description: 'd', attach: '', feeFen: 0, totalFen, requestedRefundFen: 0,
});
const refundRow = (outTradeNo: string, outRefundNo: string, refundFen: number): TradeBillRow => ({
  ...payment(outTradeNo, 0), tradeState: 'REFUND', refundId: `W${outRefundNo}`, outRefundNo, refundFen, refundStatus: 'SUCCESS', requestedRefundFen: refundFen,
});
const order = (outTradeNo: string, amountFen: number, payStatus = 'paid'): DmhOrder => ({ outTradeNo, payStatus, transactionId: payStatus === 'unpaid' ? null : `T${outTradeNo}`, amountFen });
const refund = (outTradeNo: string, outRefundNo: string, amountFen: number, status = 'success'): DmhRefund => ({ outRefundNo, outTradeNo, status, amountFen });

function books(orders: DmhOrder[], refunds: DmhRefund[] = [], ofDay = { orders, refunds }): DmhBooks {
  return {
    paidOfDay: ofDay.orders.filter((o) => o.payStatus !== 'unpaid'),
    ordersByNo: new Map(orders.map((o) => [o.outTradeNo, o])),
    refundsOfDay: ofDay.refunds.filter((r) => r.status === 'success'),
    refundsByNo: new Map(refunds.map((r) => [r.outRefundNo, r])),
  };
}

describe('a bill compared with DMH books', () => {
  it('agreeing books: no difference (a paid order later refunded is still a payment of its day)', () => {
    const rows = [payment('A', 9900), payment('B', 1990), refundRow('B', 'RB', 500)];
    assert.deepEqual(compareBill(rows, books([order('A', 9900), order('B', 1990, 'refunded')], [refund('B', 'RB', 500)])), []);
  });

  it('a payment WeChat has that DMH lacks, unpaid or unknown', () => {
    const found = compareBill([payment('A', 9900), payment('X', 100)], books([order('A', 9900, 'unpaid')]));
    assert.deepEqual(found, [
      { kind: 'payment_missing_in_dmh', outTradeNo: 'A', transactionId: 'TA', outRefundNo: null, wechatFen: 9900, dmhFen: 9900 },
      { kind: 'payment_missing_in_dmh', outTradeNo: 'X', transactionId: 'TX', outRefundNo: null, wechatFen: 100, dmhFen: null },
    ]);
  });

  it('a payment DMH has that the bill lacks', () => {
    assert.deepEqual(compareBill([], books([order('A', 9900)])), [
      { kind: 'payment_missing_at_wechat', outTradeNo: 'A', transactionId: 'TA', outRefundNo: null, wechatFen: null, dmhFen: 9900 },
    ]);
  });

  it('amounts that differ, to the fen, for a payment and for a refund', () => {
    const found = compareBill([payment('A', 9899), refundRow('A', 'RA', 100)], books([order('A', 9900)], [refund('A', 'RA', 101)]));
    assert.deepEqual(found.map((d) => [d.kind, d.outTradeNo, d.outRefundNo, d.wechatFen, d.dmhFen]), [
      ['amount_mismatch', 'A', null, 9899, 9900],
      ['amount_mismatch', 'A', 'RA', 100, 101],
    ]);
  });

  it('refunds on one side only; a refund DMH recorded as failed counts as absent', () => {
    const dmh = books([order('A', 9900), order('B', 9900)], [refund('A', 'RA', 100, 'failed'), refund('B', 'RB', 200)]);
    const found = compareBill([payment('A', 9900), payment('B', 9900), refundRow('A', 'RA', 100)], dmh);
    assert.deepEqual(found.map((d) => [d.kind, d.outRefundNo, d.wechatFen, d.dmhFen]), [
      ['refund_missing_in_dmh', 'RA', 100, null],
      ['refund_missing_at_wechat', 'RB', null, 200],
    ]);
  });

  it('only paid orders of the day are expected in the bill: one paid another day and billed then is no difference', () => {
    const dmh = books([order('A', 9900)], [], { orders: [], refunds: [] });
    assert.deepEqual(compareBill([], dmh), []);
  });
});
