import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import type { WechatPayVerifier } from '../payments/wechatpay.verifier';
import type { RefundNotificationService } from '../refunds/refund-notification.service';
import type { SettlementDispatcher } from './settlement.dispatcher';
import type { PaidOutcome, SettlementRepository } from './settlement.repository';
import { SettlementService } from './settlement.service';

/** The overload gate: notifications counted from arrival until answered, or until settled when newly paid. */
function setup(maxInFlight: number) {
  const settles: (() => void)[] = [];
  let next: PaidOutcome['kind'] = 'paid';
  let marked = 0;
  const verifier = {
    verifyAndDecrypt: () => ({ transaction: { tradeState: 'SUCCESS', outTradeNo: 'N1', transactionId: 'T1', amountTotal: 100, successTime: undefined } }),
  } as unknown as WechatPayVerifier;
  const repository = {
    markPaid: async (): Promise<PaidOutcome> => {
      marked += 1;
      return next === 'paid' ? { kind: 'paid', orderId: '1', outboxId: '1', data: { order: {} as never, rewards: [] } } : { kind: 'replay', orderId: '1' };
    },
  } as unknown as SettlementRepository;
  const dispatcher = { settle: () => new Promise<boolean>((resolve) => settles.push(() => resolve(true))) } as unknown as SettlementDispatcher;
  const service = new SettlementService(verifier, 15_000, maxInFlight, repository, dispatcher, {} as RefundNotificationService);
  return {
    service,
    settles,
    marked: () => marked,
    answersReplay: () => (next = 'replay'),
    call: () => service.handleNotification({}, Buffer.from('{}'), '127.0.0.1'),
  };
}

describe('payment notifications under overload', () => {
  test('past the limit: 503 with a 1 s Retry-After, before anything is written; room again once a payment settles', async () => {
    const s = setup(2);
    assert.equal(await s.call(), 'paid');
    assert.equal(await s.call(), 'paid');
    assert.equal(s.service.busy, 2, 'a paid notification counts until its rewards are settled');
    await assert.rejects(s.call(), (err: unknown) => err instanceof AppError && err.http === 503 && err.retryAfterSeconds === 1);
    assert.equal(s.marked(), 2, 'the refused notification wrote nothing');
    s.settles[0]();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(s.service.busy, 1);
    assert.equal(await s.call(), 'paid');
  });

  test('a notification that settles nothing (a replay) frees its place as soon as it is answered', async () => {
    const s = setup(1);
    s.answersReplay();
    for (let i = 0; i < 5; i++) assert.equal(await s.call(), 'replay');
    assert.equal(s.service.busy, 0);
  });
});
