import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import { AppError } from '../common/app-error';
import { ConfiguredMerchant } from '../payments/merchant-accounts';
import type { WechatPayVerifier } from '../payments/wechatpay.verifier';
import type { RefundNotificationService } from '../refunds/refund-notification.service';
import type { SettlementDispatcher } from './settlement.dispatcher';
import type { PaidOutcome, SettlementRepository } from './settlement.repository';
import { EventLoopLag, LAG_WINDOW_MS } from './event-loop-lag';
import { CALLBACKS_ALWAYS_TAKEN, NO_LIMITS, PAID_TOGETHER_IN_FLIGHT, SettlementService } from './settlement.service';

/** The overload gate: notifications counted from arrival until answered, accepted payments until settled. */
function setup(maxInFlight: number, settling = Number.POSITIVE_INFINITY, settlingMaxAgeMs?: number, callbacksTargetMs?: number, eventLoop?: EventLoopLag) {
  const settles: (() => void)[] = [];
  let next: PaidOutcome['kind'] = 'paid';
  let marked = 0;
  let read = 0;
  const verifier = {
    verifyNotification: async () => (read += 1, { payee: { mchid: 'M1', appid: 'A1' }, transaction: { tradeState: 'SUCCESS', outTradeNo: 'N1', transactionId: 'T1', amountTotal: 100, successTime: undefined } }),
  } as unknown as WechatPayVerifier;
  const commits: (() => void)[] = [];
  let committing = false;
  /** Each paid transition (alone or together) waits for its commit, until `release` lets every one through. */
  const commit = () => (committing ? Promise.resolve() : new Promise<void>((resolve) => commits.push(resolve)));
  const outcome = (): PaidOutcome => (next === 'paid' ? { kind: 'paid', orderId: '1', outboxId: '1', data: { order: {} as never, rewards: [] } } : { kind: 'replay', orderId: '1' });
  const transitions: number[] = [];
  const repository = {
    markPaid: async (): Promise<PaidOutcome> => {
      marked += 1;
      transitions.push(1);
      await commit();
      return outcome();
    },
    markPaidTogether: async (txs: unknown[]): Promise<PaidOutcome[]> => {
      marked += txs.length;
      transitions.push(txs.length);
      await commit();
      return txs.map(outcome);
    },
  } as unknown as SettlementRepository;
  const credits: (() => void)[] = [];
  const dispatcher = {
    settle: (_item: unknown, _data: unknown, credited: () => void) => new Promise<boolean>((resolve) => {
      credits.push(credited);
      settles.push(() => resolve(true));
    }),
  } as unknown as SettlementDispatcher;
  const service = new SettlementService(verifier, new ConfiguredMerchant({ mchid: 'M1', appid: 'A1' }), 15_000, { callbacks: maxInFlight, callbacksTargetMs, settling, settlingMaxAgeMs, eventLoop }, dispatcher, repository, {} as RefundNotificationService);
  return {
    service,
    settles,
    credits,
    commits,
    marked: () => marked,
    /** Notifications whose signature was checked (read at all). */
    read: () => read,
    /** How many notifications each paid transition carried, in the order they started. */
    transitions,
    release: () => {
      committing = true;
      commits.forEach((done) => done());
    },
    answersReplay: () => (next = 'replay'),
    call: () => service.handleNotification({}, Buffer.from('{}'), '127.0.0.1'),
  };
}

describe('payment notifications under overload', () => {
  test('past the limit: 503 with a 1 s Retry-After, before anything is written; room again once one is answered', async () => {
    const s = setup(2);
    const first = s.call();
    const second = s.call();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(s.service.busy, 2);
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503 && err.retryAfterSeconds === 1);
    assert.equal(s.marked(), 2, 'the refused notification wrote nothing');
    s.commits[0]();
    assert.equal(await first, 'paid');
    assert.equal(s.service.busy, 1, 'answered: its settlement runs on without holding a place');
    const third = s.call();
    await new Promise((resolve) => setImmediate(resolve));
    s.commits[1]();
    s.commits[2]();
    assert.deepEqual(await Promise.all([second, third]), ['paid', 'paid']);
    assert.equal(s.service.busy, 0);
    assert.equal(s.settles.length, 3, 'every accepted payment was handed to the dispatcher');
  });

  test('past the settlement backlog: 503 with Retry-After before anything is written, until a settlement finishes', async () => {
    const s = setup(100, 2);
    for (let i = 0; i < 2; i++) {
      const answer = s.call();
      await new Promise((resolve) => setImmediate(resolve));
      s.commits[i]();
      assert.equal(await answer, 'paid');
    }
    assert.deepEqual([s.service.busy, s.service.settlingNow], [0, 2], 'answered, both still settling');
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503 && err.retryAfterSeconds === 1);
    assert.equal(s.marked(), 2, 'the refused notification wrote nothing');
    s.settles[0]();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(s.service.settlingNow, 1);
    const third = s.call();
    await new Promise((resolve) => setImmediate(resolve));
    s.commits[2]();
    assert.equal(await third, 'paid', 'room again once one settled');
  });

  test('one at a time within a limit of 1: each frees its place when answered', async () => {
    const s = setup(1);
    s.answersReplay();
    for (let i = 0; i < 5; i++) {
      const answer = s.call();
      await new Promise((resolve) => setImmediate(resolve));
      s.commits[i]();
      assert.equal(await answer, 'replay');
    }
    assert.equal(s.service.busy, 0);
  });

  test('while the oldest settlement is older than the age limit: 503 before anything is written; room again once it settles', async (t) => {
    mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    t.after(() => mock.timers.reset());
    const s = setup(100, 100, 1000);
    for (let i = 0; i < 2; i++) {
      const answer = s.call();
      await new Promise((resolve) => setImmediate(resolve));
      s.commits[i]();
      assert.equal(await answer, 'paid');
      mock.timers.tick(600);
    }
    // The first was accepted 1 200 ms ago, the second 600 ms ago: the machine is not keeping up.
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503 && err.retryAfterSeconds === 1 && /settlements running late/.test(err.message));
    assert.equal(s.marked(), 2, 'the refused notification wrote nothing');
    s.settles[0]();
    await new Promise((resolve) => setImmediate(resolve));
    const third = s.call();
    await new Promise((resolve) => setImmediate(resolve));
    s.commits[2]();
    assert.equal(await third, 'paid', 'the oldest left is 600 ms old: accepted');
  });

  test('while the event loop runs late: 503 before anything is read or written, for the window; taken again once a window is on time', async (t) => {
    mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    t.after(() => mock.timers.reset());
    let p99Ms = 80;
    const delays = { percentile: () => p99Ms * 1e6, count: 20, reset: () => undefined };
    const s = setup(100, 100, undefined, undefined, new EventLoopLag(50, delays, Date.now()));
    s.release();
    assert.equal(await s.call(), 'paid', 'no window has ended yet: taken');
    mock.timers.tick(LAG_WINDOW_MS);
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503 && err.retryAfterSeconds === 1 && /event loop late/.test(err.message));
    assert.deepEqual([s.read(), s.marked()], [1, 1], 'the refused notification was neither read nor written');
    assert.equal(s.service.loopLate, true);
    p99Ms = 10;
    mock.timers.tick(LAG_WINDOW_MS - 1);
    await assert.rejects(s.call(), /event loop late/, 'the late verdict holds for its window');
    mock.timers.tick(1);
    assert.equal(await s.call(), 'paid', 'the next window was on time');
    assert.equal(s.service.loopLate, false);
  });

  test('while answers take longer than the target, fewer notifications are taken at once (no fewer than 16); all again once none is in hand after a quiet stretch', async (t) => {
    mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    t.after(() => mock.timers.reset());
    const s = setup(20, Number.POSITIVE_INFINITY, undefined, 300);
    const settle = async () => new Promise((resolve) => setImmediate(resolve));
    assert.equal(s.service.callbacksBound, 20);
    const stuck = s.call();
    const slow = s.call();
    await settle();
    mock.timers.tick(301);
    s.commits[1]();
    assert.equal(await slow, 'paid');
    assert.equal(s.service.callbacksBound, CALLBACKS_ALWAYS_TAKEN, 'one answer slower than 300 ms: 20 shrinks by a fifth');
    const held = Array.from({ length: CALLBACKS_ALWAYS_TAKEN - 1 }, () => s.call());
    await settle();
    assert.equal(s.service.busy, CALLBACKS_ALWAYS_TAKEN);
    const written = s.marked();
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503 && err.retryAfterSeconds === 1 && /busy/.test(err.message));
    await settle();
    assert.equal(s.marked(), written, 'the refused notification wrote nothing');
    s.release();
    assert.deepEqual(new Set(await Promise.all([stuck, ...held])), new Set(['paid']));
    assert.equal(s.service.busy, 0);
    mock.timers.tick(3000);
    const next = s.call();
    await settle();
    assert.equal(s.service.callbacksBound, 20, 'nothing in hand, no slow answer for 3 s: the next burst is taken afresh');
    s.commits[s.commits.length - 1]();
    assert.equal(await next, 'paid');
    s.settles.forEach((done) => done());
  });

  test('a payment whose credits are in no longer counts against the backlog, while its events and sync job still linger', async () => {
    const s = setup(100, 1);
    const answer = s.call();
    await new Promise((resolve) => setImmediate(resolve));
    s.commits[0]();
    assert.equal(await answer, 'paid');
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503, 'one payment waiting for its credits fills a backlog of 1');
    s.credits[0]();
    assert.equal(s.service.settlingNow, 0, 'credited: the rest of its settlement is not backlog');
    const second = s.call();
    await new Promise((resolve) => setImmediate(resolve));
    s.commits[1]();
    assert.equal(await second, 'paid');
    s.settles[0]();
    s.credits[1]();
    s.settles[1]();
  });

  test(`the first ${PAID_TOGETHER_IN_FLIGHT} notifications are applied at once, each alone; those that arrive meanwhile wait for a free one and are applied together`, async () => {
    const s = setup(100);
    const answers = Array.from({ length: PAID_TOGETHER_IN_FLIGHT + 10 }, () => s.call());
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(s.transitions, Array(PAID_TOGETHER_IN_FLIGHT).fill(1), 'one transition each while a place is free');
    s.commits[0]();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(s.transitions.slice(PAID_TOGETHER_IN_FLIGHT), [10], 'the ten that waited: one transition');
    s.release();
    assert.deepEqual(new Set(await Promise.all(answers)), new Set(['paid']));
    assert.equal(s.settles.length, PAID_TOGETHER_IN_FLIGHT + 10, 'each payment of the shared transition is settled on its own');
  });
});

describe('payment notifications applied together', () => {
  test('a shared transition that fails takes each of its notifications alone; a replay among them is answered as one', async () => {
    const alone: string[] = [];
    const verifier = {
      verifyNotification: async (_h: unknown, body: Buffer) => {
        const orderNo = body.toString();
        return { payee: { mchid: 'M1', appid: 'A1' }, transaction: { tradeState: 'SUCCESS', outTradeNo: orderNo, transactionId: `T-${orderNo}`, amountTotal: 100 } };
      },
    } as unknown as WechatPayVerifier;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const repository = {
      markPaid: async (tx: { outTradeNo: string }): Promise<PaidOutcome> => {
        alone.push(tx.outTradeNo);
        if (tx.outTradeNo.startsWith('hold')) await held;
        return tx.outTradeNo === 'paid-before'
          ? { kind: 'replay', orderId: '9' }
          : { kind: 'paid', orderId: tx.outTradeNo, outboxId: tx.outTradeNo, data: { order: {} as never, rewards: [] } };
      },
      markPaidTogether: async () => {
        throw new Error('deadlock, five times');
      },
    } as unknown as SettlementRepository;
    const settled: string[] = [];
    const dispatcher = {
      settle: async (item: { aggregateId: string }, _data: unknown, credited: () => void) => (settled.push(item.aggregateId), credited(), true),
    } as unknown as SettlementDispatcher;
    const service = new SettlementService(verifier, new ConfiguredMerchant({ mchid: 'M1', appid: 'A1' }), 15_000, NO_LIMITS, dispatcher, repository, {} as RefundNotificationService);
    const call = (orderNo: string) => service.handleNotification({}, Buffer.from(orderNo), '127.0.0.1');
    const holding = Array.from({ length: PAID_TOGETHER_IN_FLIGHT }, (_, i) => call(`hold-${i}`));
    const waiting = [call('a'), call('paid-before'), call('b')];
    await new Promise((resolve) => setImmediate(resolve));
    release();
    assert.deepEqual(await Promise.all([...holding, ...waiting]), [...holding.map(() => 'paid'), 'paid', 'replay', 'paid']);
    assert.deepEqual(alone.slice(PAID_TOGETHER_IN_FLIGHT).sort(), ['a', 'b', 'paid-before'], 'each taken alone after the shared transition failed');
    assert.deepEqual(settled.filter((id) => !id.startsWith('hold')).sort(), ['a', 'b'], 'the replay is not settled again');
  });
});
