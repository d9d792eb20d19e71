import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TRADE_BILL_COLUMNS, TRADE_BILL_SUMMARY_COLUMNS, billLine, fenToYuan } from '@dmh/shared/dist/wechatpay';
import { parseTradeBill, yuanToFen } from './wechatpay.bill-parser';

type Row = Partial<Record<keyof typeof TRADE_BILL_COLUMNS, string>>;
const ROW: Row = {
  tradeTime: '2024-06-08 10:34:56', appid: 'wxd678efh567hg6787', mchid: '1900000109', transactionId: '4200002024060812345678901234',
  outTradeNo: 'D123456', openid: 'oUp', tradeType: 'JSAPI', tradeState: 'SUCCESS', currency: 'CNY', settlementTotal: '19.90', coupon: '0.00',
  refundId: '0', outRefundNo: '0', refund: '0.00', refundStatus: '', description: 'x', attach: '', fee: '0.12000', total: '19.90', requestedRefund: '0.00',
};
const SUMMARY = ['1', '19.90', '0.00', '0.00', '0.12000', '19.90', '0.00'];

function bill(columns: (keyof typeof TRADE_BILL_COLUMNS)[], rows: Row[], summary = SUMMARY): string {
  return [columns.map((c) => TRADE_BILL_COLUMNS[c]).join(','), ...rows.map((r) => billLine(columns.map((c) => r[c] ?? ''))),
    Object.values(TRADE_BILL_SUMMARY_COLUMNS).join(','), billLine(summary)].join('\n');
}
const ALL = Object.keys(TRADE_BILL_COLUMNS) as (keyof typeof TRADE_BILL_COLUMNS)[];

describe('trade bill parser', () => {
  it('reads columns by header name, whatever their order', () => {
    const reversed = parseTradeBill(bill([...ALL].reverse(), [ROW]));
    assert.deepEqual(reversed, parseTradeBill(bill(ALL, [ROW])));
    assert.equal(reversed.rows[0]?.totalFen, 1990);
    assert.equal(reversed.rows[0]?.outRefundNo, undefined);
  });

  it('refuses a bill missing a column, with a bad amount, or whose summary count disagrees', () => {
    assert.throws(() => parseTradeBill(bill(ALL.filter((c) => c !== 'total'), [ROW])), { reason: 'malformed_response' });
    assert.throws(() => parseTradeBill(bill(ALL, [{ ...ROW, total: '19.9' }])), { reason: 'malformed_response' });
    assert.throws(() => parseTradeBill(bill(ALL, [{ ...ROW, total: '1e3' }])), { reason: 'malformed_response' });
    assert.throws(() => parseTradeBill(bill(ALL, [ROW], ['2', ...SUMMARY.slice(1)])), { reason: 'malformed_response' });
    assert.throws(() => parseTradeBill('交易时间\n'), { reason: 'malformed_response' });
  });

  it('turns yuan into integer fen exactly, and fees half up', () => {
    assert.equal(yuanToFen('0.07'), 7);
    assert.equal(yuanToFen('123456789.99'), 12345678999);
    assert.equal(yuanToFen('-0.05'), -5);
    assert.equal(yuanToFen('0.11940'), 12);
    assert.equal(yuanToFen('0.11499'), 11);
    assert.equal(yuanToFen('-0.00400'), 0);
    assert.deepEqual([fenToYuan(1990), fenToYuan(5), fenToYuan(-12, 5)], ['19.90', '0.05', '-0.12000']);
  });
});
