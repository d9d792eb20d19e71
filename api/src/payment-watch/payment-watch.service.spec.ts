import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import type { JobSpec } from '../jobs/dapr-jobs';
import type { PaymentQueries } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { QueriedOrder } from '../payments/wechatpay.order-query';
import type { VerifiedTransaction } from '../payments/wechatpay.verifier';
import type { WatchedOrder } from './payment-watch.repository';
import { PaymentWatch } from './payment-watch.service';

const NO = 'D20261203120000ABCDEF123456';
const timing = { firstDelayMs: 60_000, maxIntervalMs: 300_000, expiryMarginMs: 60_000 };
const tx = { outTradeNo: NO, transactionId: '4200000001', tradeState: 'SUCCESS' } as VerifiedTransaction;

function world(order: Partial<WatchedOrder> | null, answer: QueriedOrder | Error) {
  const calls: string[] = [];
  const scheduled: [string, JobSpec][] = [];
  const queries = {
    queryOrder: async () => {
      calls.push('query');
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as PaymentQueries;
  const watch = new PaymentWatch(
    timing,
    queries,
    { applyConfirmedPayment: async (t) => void calls.push(`pay ${t.transactionId}`) as never },
    { enqueue: async (id) => void calls.push(`expire ${id}`) },
    {
      repository: { byOrderNo: async () => (order ? { id: '7', orderNo: NO, campaignId: '1', brandId: '1', status: 'pending', payStatus: 'unpaid', msToExpiry: 1_200_000, closedAt: null, closeReason: null, ...order } : null) },
      schedule: async (name, spec) => {
        if (name === 'fail') throw new Error('scheduler down');
        calls.push(`schedule ${name}`);
        scheduled.push([name, spec]);
      },
    },
  );
  return { watch, calls, scheduled };
}
const state = (tradeState: QueriedOrder['tradeState'], paid = false): QueriedOrder =>
  ({ outTradeNo: NO, tradeState, mchid: 'M', appid: 'A', ...(paid && { transaction: tx }) });

describe('the payment watch: one firing of pay-watch.<orderNo>.<n>', () => {
  test('schedules the next attempt first (doubling delay), then asks; NOTPAY inside the window waits', async () => {
    const w = world({}, state('NOTPAY'));
    await w.watch.fire(`${NO}.2`);
    assert.deepEqual(w.calls, [`schedule pay-watch.${NO}.3`, 'query']);
    assert.equal(w.scheduled[0][1].dueTime, '240s');
    assert.deepEqual(w.scheduled[0][1].data, { orderNo: NO, attempt: 3 });
  });

  test('SUCCESS pays the order through the confirmed-payment path', async () => {
    const w = world({}, state('SUCCESS', true));
    await w.watch.fire(`${NO}.1`);
    assert.deepEqual(w.calls.slice(1), ['query', 'pay 4200000001']);
  });

  test('CLOSED, REVOKED or PAYERROR at WeChat hand the order to the expiry step', async () => {
    for (const s of ['CLOSED', 'REVOKED', 'PAYERROR'] as const) {
      const w = world({}, state(s));
      await w.watch.fire(`${NO}.1`);
      assert.equal(w.calls.at(-1), 'expire 7', s);
    }
  });

  test('past the expiry: no further attempt, and NOTPAY goes to the expiry step', async () => {
    const w = world({ msToExpiry: -1 }, state('NOTPAY'));
    await w.watch.fire(`${NO}.9`);
    assert.deepEqual(w.calls, ['query', 'expire 7']);
  });

  test('an order no longer pending and unpaid (or unknown) ends the chain without asking', async () => {
    for (const order of [{ status: 'paid', payStatus: 'paid' }, { status: 'cancelled' }, null]) {
      const w = world(order, state('NOTPAY'));
      await w.watch.fire(`${NO}.1`);
      assert.deepEqual(w.calls, []);
    }
  });

  test('a provider error fails the firing (the scheduler retries), after the next attempt is scheduled', async () => {
    const w = world({}, new PaymentProviderError('network_error'));
    await assert.rejects(w.watch.fire(`${NO}.1`), PaymentProviderError);
    assert.deepEqual(w.calls, [`schedule pay-watch.${NO}.2`, 'query']);
  });

  test('ORDER_NOT_EXIST (the prepay never reached WeChat) waits inside the window', async () => {
    const w = world({}, new PaymentProviderError('http_error', { status: 404, providerCode: 'ORDER_NOT_EXIST' }));
    await w.watch.fire(`${NO}.1`);
    assert.deepEqual(w.calls, [`schedule pay-watch.${NO}.2`, 'query']);
  });

  test('a malformed key is ignored', async () => {
    const w = world({}, state('SUCCESS', true));
    for (const key of ['', 'x.1', `${NO}`, `${NO}.x`, `${NO}.1.2`]) await w.watch.fire(key);
    assert.deepEqual(w.calls, []);
  });

  test('start: the first attempt after the configured delay; a scheduler failure refuses the payment with 503', async () => {
    const w = world({}, state('NOTPAY'));
    await w.watch.start(NO, 1_800_000);
    assert.deepEqual(w.scheduled.map(([name, spec]) => [name, spec.dueTime]), [[`pay-watch.${NO}.1`, '60s']]);
    const broken = new PaymentWatch(timing, {} as PaymentQueries, { applyConfirmedPayment: async () => 'paid' }, { enqueue: async () => undefined }, {
      repository: { byOrderNo: async () => null },
      schedule: async () => { throw new Error('scheduler down'); },
    });
    await assert.rejects(broken.start(NO, 1_800_000), (err: unknown) => err instanceof AppError && err.http === 503);
  });
});
