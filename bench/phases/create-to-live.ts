import { call, login } from '../../tests/integration/support/api-client';
import { FORM_FIELDS } from '../../tests/integration/support/factories';
import { distribution, nowMs, sleep } from '../lib/stats';
import { settleAndCheck } from './settle';

/**
 * Create-to-live: a platform admin creates a draft campaign through the API; a consumer asks for it (404:
 * not published, and whatever the cache holds now is the draft); the admin publishes it; from the moment the
 * publish call is SENT, the consumer asks again until the public view answers 200, then signs up until the
 * order is accepted (201). Repeated `trials` times.
 */
export async function createToLivePhase(brandId: string, trials: number) {
  const token = await login('admin', 'Admin@12345');
  const toLive: number[] = [];
  const toOrder: number[] = [];
  const publishCall: number[] = [];
  let polls = 0;
  for (let i = 0; i < trials; i++) {
    const created = await call('POST', '/api/v1/campaigns', {
      brandId, name: `Bench live ${i}`, price: '19.90', startTime: new Date(Date.now() - 60_000).toISOString(),
      endTime: new Date(Date.now() + 86_400_000).toISOString(), formFields: FORM_FIELDS, rewardLevels: [],
    }, token);
    if (created.status !== 201) throw new Error(`campaign create failed: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.data.id as string;
    const early = await call('GET', `/api/v1/campaigns/${id}`);
    if (early.status !== 404) throw new Error(`a draft was served to a consumer: ${early.status}`);

    const t0 = nowMs();
    const published = await call('POST', `/api/v1/campaigns/${id}/publish`, undefined, token);
    publishCall.push(nowMs() - t0);
    if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
    for (;;) {
      polls += 1;
      if ((await call('GET', `/api/v1/campaigns/${id}`)).status === 200) break;
      if (nowMs() - t0 > 120_000) throw new Error(`campaign ${id} not live after 120 s`);
      await sleep(5);
    }
    toLive.push(nowMs() - t0);
    const phone = `137${String(10_000_000 + i * 7919 + (Date.now() % 1000)).slice(-8)}`;
    for (;;) {
      const order = await call('POST', '/api/v1/orders', { campaignId: id, phone, formData: { name: '压测', phone } });
      if (order.status === 201) break;
      if (nowMs() - t0 > 120_000) throw new Error(`no order accepted for campaign ${id}: ${order.status} ${JSON.stringify(order.body)}`);
      await sleep(5);
    }
    toOrder.push(nowMs() - t0);
  }
  const settle = await settleAndCheck();
  return {
    phase: 'create-to-live',
    trials,
    publishCallMs: distribution(publishCall),
    publishToServedMs: distribution(toLive),
    publishToOrderAcceptedMs: distribution(toOrder),
    extraPolls: polls - trials,
    settleMs: settle.settleMs,
    invariants: settle.invariants,
  };
}
