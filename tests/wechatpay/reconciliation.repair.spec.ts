import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../api/src/common/app-error';
import { outTradeNo } from '../../api/src/payments/payments.test-factories';
import { usePaymentHarness } from './payment-harness';
import type { VerifiedTransaction } from '../../api/src/payments/wechatpay.verifier';
import type { CallbackAnswer } from '../../api/src/settlement/settlement.service';
import type { Difference } from '../../api/src/reconciliation/reconciliation.compare';
import { DifferenceResolver, RECONCILIATION_SOURCE } from '../../api/src/reconciliation/reconciliation.repair';

const h = usePaymentHarness();

/** The settlement's side: records what it was handed, answers as told. */
function settlement(answer: () => Promise<CallbackAnswer>) {
  const applied: { tx: VerifiedTransaction; source: string }[] = [];
  return {
    applied,
    applyConfirmedPayment: async (tx: VerifiedTransaction, source: string) => {
      applied.push({ tx, source });
      return answer();
    },
  };
}

const missing = (no: string, fen = 1990): Difference => ({ kind: 'payment_missing_in_dmh', outTradeNo: no, transactionId: null, outRefundNo: null, wechatFen: fen, dmhFen: fen });

describe('resolving a difference, against the sandbox', () => {
  it('a payment whose notification was dropped: confirmed by the signed query, handed to the paid path as a notification would', async () => {
    const no = await h.prepaid(2590);
    await h.post('/sandbox/control', { out_trade_no: no, notification: { drop: true } });
    const pay = await h.post(`/sandbox/pay/${no}`);
    const s = settlement(async () => 'paid');
    const result = await new DifferenceResolver(h.client(), s).resolve(missing(no, 2590));
    assert.equal(result.resolution, 'repaired');
    assert.equal(s.applied.length, 1);
    const { tx, source } = s.applied[0];
    assert.equal(source, RECONCILIATION_SOURCE);
    assert.deepEqual([tx.outTradeNo, tx.transactionId, tx.amountTotal, tx.tradeState], [no, pay.headers.get('x-sandbox-transaction-id'), 2590, 'SUCCESS']);
  });

  it('already paid when re-checked (the paid path answers replay): resolved, not counted as a repair', async () => {
    const { outTradeNo: no } = await h.paid();
    const result = await new DifferenceResolver(h.client(), settlement(async () => 'replay')).resolve(missing(no));
    assert.equal(result.resolution, 'resolved');
  });

  it('never on the bill alone: an order WeChat says is NOTPAY is not paid', async () => {
    const no = await h.prepaid();
    const s = settlement(async () => 'paid');
    const result = await new DifferenceResolver(h.client(), s).resolve(missing(no));
    assert.equal(result.resolution, 'needs_attention');
    assert.match(result.reason, /NOTPAY/);
    assert.equal(s.applied.length, 0);
  });

  it('an order WeChat does not know: needs attention, nothing applied', async () => {
    const s = settlement(async () => 'paid');
    const result = await new DifferenceResolver(h.client(), s).resolve(missing(outTradeNo()));
    assert.equal(result.resolution, 'needs_attention');
    assert.equal(s.applied.length, 0);
  });

  it("what the paid path refuses (unknown order, another amount) is for an admin, with what to do", async () => {
    const { outTradeNo: no } = await h.paid();
    for (const [name, pattern] of [['ORDER_NOT_FOUND', /refund the payer/], ['PAYMENT_AMOUNT_MISMATCH', /another amount/]] as const) {
      const result = await new DifferenceResolver(h.client(), settlement(async () => { throw new AppError(name); })).resolve(missing(no));
      assert.equal(result.resolution, 'needs_attention', name);
      assert.match(result.reason, pattern);
    }
  });

  it('WeChat unreachable: needs attention, run again; a database failure is not swallowed', async () => {
    const offline = h.client({ baseUrl: 'http://127.0.0.1:9' });
    const result = await new DifferenceResolver(offline, settlement(async () => 'paid')).resolve(missing(outTradeNo()));
    assert.equal(result.resolution, 'needs_attention');
    assert.match(result.reason, /run the reconciliation again/);
    const { outTradeNo: no } = await h.paid();
    await assert.rejects(new DifferenceResolver(h.client(), settlement(async () => { throw new Error('db down'); })).resolve(missing(no)), /db down/);
  });

  it('other kinds are never repaired: each is listed with what to do', async () => {
    const s = settlement(async () => 'paid');
    const resolver = new DifferenceResolver(h.client(), s);
    for (const kind of ['payment_missing_at_wechat', 'amount_mismatch', 'refund_missing_in_dmh', 'refund_missing_at_wechat'] as const) {
      const result = await resolver.resolve({ ...missing(outTradeNo()), kind, outRefundNo: kind.startsWith('refund') ? 'R1' : null });
      assert.equal(result.resolution, 'needs_attention', kind);
    }
    assert.equal(s.applied.length, 0);
  });
});
