import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beijingTime } from '@dmh/shared/dist/wechatpay';
import { usePaymentHarness } from './payment-harness';

const h = usePaymentHarness();
const today = () => beijingTime(Date.now()).slice(0, 10);

describe("sandbox controls: WeChat's bill disagreeing with what was paid", () => {
  it("bills one order at another amount: its row (and the summary) say so, the order's query still says what was paid", async () => {
    const { outTradeNo: changed } = await h.paid(9900);
    const { outTradeNo: same } = await h.paid(1990);
    assert.equal((await h.post('/sandbox/control', { out_trade_no: changed, billed_amount_fen: 9800 })).status, 204);
    const bill = await h.client().downloadTradeBill(today());
    const total = (no: string) => bill.rows.find((r) => r.outTradeNo === no)?.totalFen;
    assert.deepEqual([total(changed), total(same)], [9800, 1990]);
    assert.equal(bill.summary.totalFen, bill.rows.reduce((sum, r) => sum + r.totalFen, 0), 'the summary adds up what the rows say');
    assert.equal((await h.client().queryOrder(changed)).amountTotal, 9900);
  });

  it('refuses a billed amount without out_trade_no, or not a positive integer, and changes nothing', async () => {
    for (const body of [{ billed_amount_fen: 100 }, { out_trade_no: 'D1', billed_amount_fen: 0 }, { out_trade_no: 'D1', billed_amount_fen: 1.5 }]) {
      const response = await h.post('/sandbox/control', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(((await response.json()) as { code?: string }).code, 'PARAM_ERROR');
    }
  });

  it('a reset forgets the billed amount', async () => {
    const { outTradeNo: no } = await h.paid(5000);
    await h.post('/sandbox/control', { out_trade_no: no, billed_amount_fen: 1 });
    await fetch(`${h.server.url}/sandbox/control`, { method: 'DELETE' });
    const bill = await h.client().downloadTradeBill(today());
    assert.equal(bill.rows.find((r) => r.outTradeNo === no)?.totalFen, 5000);
  });
});
