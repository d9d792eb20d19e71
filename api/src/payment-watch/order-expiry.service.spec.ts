import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CloseOrderResult } from '@dmh/shared';
import type { PaymentQueries } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { QueriedOrder } from '../payments/wechatpay.order-query';
import type { VerifiedTransaction } from '../payments/wechatpay.verifier';
import type { OutboxRepository } from '../outbox/outbox.repository';
import { OrderExpiry } from './order-expiry.service';
import type { WatchedOrder } from './payment-watch.repository';

const NO = 'D20261203120000ABCDEF123456';
const tx = { outTradeNo: NO, transactionId: '4200000001', tradeState: 'SUCCESS' } as VerifiedTransaction;
const state = (tradeState: QueriedOrder['tradeState'], paid = false): QueriedOrder =>
  ({ outTradeNo: NO, tradeState, mchid: 'M', appid: 'A', ...(paid && { transaction: tx }) });
const providerError = (providerCode: string, status = 400) => new PaymentProviderError('http_error', { status, providerCode });

/** A fake world: the order as DMH has it, WeChat's answers in order, what CampaignActor answers. */
function world(order: Partial<WatchedOrder>, answers: (QueriedOrder | Error)[], close: (QueriedOrder | Error | void)[] = [], actor: CloseOrderResult = { closed: true }) {
  const calls: string[] = [];
  let current: WatchedOrder = {
    id: '7', orderNo: NO, campaignId: '3', brandId: '1', status: 'pending', payStatus: 'unpaid', msToExpiry: -1_000, closedAt: null, closeReason: null, ...order,
  };
  const next = <T>(list: T[], what: string) => {
    calls.push(what);
    const answer = list.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const queries = { queryOrder: async () => next(answers, 'query'), closeOrder: async () => void next(close, 'close at WeChat') } as unknown as PaymentQueries;
  const expiry = new OrderExpiry(15_000, queries, { applyConfirmedPayment: async (t) => void calls.push(`pay ${t.transactionId}`) as never }, {
    repository: { byId: async () => current, enqueueExpiry: async () => null },
    outbox: {} as OutboxRepository,
    closeInCampaign: async (campaignId, command) => {
      calls.push(`close in campaign ${campaignId} ${command.reason}`);
      if (actor.closed) current = { ...current, status: 'cancelled', closedAt: new Date('2026-12-03T10:00:00Z'), closeReason: command.reason };
      return actor;
    },
    announce: async (topic, event) => void calls.push(`${topic} ${(event as { eventId: string; reason: string }).eventId} ${(event as { reason: string }).reason}`),
  });
  return { expiry, calls };
}

describe('the expiry step', () => {
  test('unpaid past its window: closed at WeChat, then in DMH through CampaignActor, then announced', async () => {
    const w = world({}, [state('NOTPAY')]);
    await w.expiry.expire('7');
    assert.deepEqual(w.calls, ['query', 'close at WeChat', 'close in campaign 3 expired', 'order.closed order.closed:7 expired']);
  });

  test('a paid order is paid, never closed: WeChat is asked first', async () => {
    const w = world({}, [state('SUCCESS', true)]);
    await w.expiry.expire('7');
    assert.deepEqual(w.calls, ['query', 'pay 4200000001']);
  });

  test('paid between the query and the close (ORDERPAID): asked again and paid, not closed', async () => {
    const w = world({}, [state('NOTPAY'), state('SUCCESS', true)], [providerError('ORDERPAID')]);
    await w.expiry.expire('7');
    assert.deepEqual(w.calls, ['query', 'close at WeChat', 'query', 'pay 4200000001']);
  });

  test('never prepaid (ORDER_NOT_EXIST) or already CLOSED at WeChat: closed in DMH without closing at WeChat', async () => {
    for (const answer of [providerError('ORDER_NOT_EXIST', 404), state('CLOSED')]) {
      const w = world({}, [answer]);
      await w.expiry.expire('7');
      assert.deepEqual(w.calls, ['query', 'close in campaign 3 expired', 'order.closed order.closed:7 expired']);
    }
  });

  test('closed by WeChat before its window ended (PAYERROR): closed in DMH as provider_closed', async () => {
    const w = world({ msToExpiry: 600_000 }, [state('PAYERROR')]);
    await w.expiry.expire('7');
    assert.deepEqual(w.calls, ['query', 'close at WeChat', 'close in campaign 3 provider_closed', 'order.closed order.closed:7 provider_closed']);
  });

  test('an order still inside its window and payable at WeChat is left alone, whoever asked', async () => {
    for (const answer of [state('NOTPAY'), state('USERPAYING'), providerError('ORDER_NOT_EXIST', 404)]) {
      const w = world({ msToExpiry: 600_000 }, [answer]);
      await w.expiry.expire('7');
      assert.deepEqual(w.calls, ['query']);
    }
  });

  test('paid or closed meanwhile (CampaignActor refuses): nothing announced', async () => {
    const w = world({}, [state('NOTPAY')], [], { closed: false, reason: 'not_open', status: 'paid' });
    await w.expiry.expire('7');
    assert.deepEqual(w.calls, ['query', 'close at WeChat', 'close in campaign 3 expired']);
  });

  test('re-run after closing but before announcing (a crash): announced, nothing asked', async () => {
    const w = world({ status: 'cancelled', closedAt: new Date('2026-12-03T10:00:00Z'), closeReason: 'expired' }, []);
    await w.expiry.expire('7');
    assert.deepEqual(w.calls, ['order.closed order.closed:7 expired']);
  });

  test('a paid order, or a WeChat failure, changes nothing here (the failure is retried by the outbox)', async () => {
    const paid = world({ status: 'paid', payStatus: 'paid' }, []);
    await paid.expiry.expire('7');
    assert.deepEqual(paid.calls, []);
    const down = world({}, [new PaymentProviderError('network_error')]);
    await assert.rejects(down.expiry.expire('7'), PaymentProviderError);
    const closeFails = world({}, [state('NOTPAY')], [providerError('SYSTEM_ERROR', 500)]);
    await assert.rejects(closeFails.expiry.expire('7'), PaymentProviderError);
    assert.deepEqual(closeFails.calls, ['query', 'close at WeChat'], 'not closed in DMH while WeChat may still take payment');
  });
});
