import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call, createOrder, login, waitFor } from '../support/api-client';
import { db } from '../support/db';
import { createBrandAdmin, nextPhone } from '../support/factories';
import { assertInvariants } from '../support/invariants';
import { payThroughSandbox } from '../support/payer';
import { untilSettled } from '../support/suite';
import { paidOrder, platformAdmin, rewardSetup } from './money.helpers';

const D = '/api/v1/dashboard';
const range = (from: Date, to: Date, extra = '') => `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}${extra}`;

/** A view of the public page from a given address (one view per visitor per window). */
async function viewFrom(campaignId: string, ip: string): Promise<void> {
  const response = await fetch(`${API_URL}/api/v1/campaigns/${campaignId}`, { headers: { 'x-forwarded-for': ip }, signal: AbortSignal.timeout(30_000) });
  assert.equal(response.status, 200);
}

interface FeedEvent {
  id: string;
  event: string;
  data: any;
}

/** An EventSource-like reader of the live feed over fetch: every event as it arrives. */
function openFeed(ticket: string, lastEventId?: string) {
  const events: FeedEvent[] = [];
  const abort = new AbortController();
  const ready = (async () => {
    const response = await fetch(`${API_URL}${D}/live?ticket=${ticket}`, {
      headers: lastEventId ? { 'last-event-id': lastEventId } : {},
      signal: abort.signal,
    });
    return response;
  })();
  const pump = ready.then(async (response) => {
    if (response.status !== 200 || !response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
          if (fields.data) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
        }
      }
    } catch {
      // aborted
    }
  });
  return { events, ready, close: async () => { abort.abort(); await pump; } };
}

async function adminOf(brandId: string): Promise<string> {
  const admin = await createBrandAdmin(brandId);
  return login(admin.username, admin.password);
}

/** Feed ids ("<ms>-<seq>") in order. */
const byFeedId = (x: string, y: string) => {
  const [xm, xs] = x.split('-').map(Number);
  const [ym, ys] = y.split('-').map(Number);
  return xm - ym || xs - ys;
};

async function ticketFor(token: string, brandId?: string): Promise<string> {
  const answer = await call('POST', `${D}/live/tickets`, brandId ? { brandId } : {}, token);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data.ticket;
}

describe('dashboard', () => {
  test('figures over a range, exact, for the caller\'s brand; another brand is refused; a platform admin sees any', async () => {
    const a = await rewardSetup(3);
    const b = await rewardSetup(1);
    const adminA = await adminOf(a.brandId);
    const from = new Date(Date.now() - 3_600_000);
    const to = new Date(Date.now() + 3_600_000);

    for (const ip of ['198.18.9.1', '198.18.9.2', '198.18.9.1']) await viewFrom(a.campaignId, ip);
    const referrer = a.chain[2].distributorId;
    await paidOrder(a.campaignId, referrer);
    await paidOrder(a.campaignId, referrer);
    const unpaid = await createOrder(a.campaignId, nextPhone());
    await paidOrder(b.campaignId, b.chain[0].distributorId);
    // A dead-lettered copy takes the sync worker's whole retry schedule against a failing target; the flag is
    // set on an unpaid order, which no invariant reads (only paid and refunded orders must reach the brand's database).
    await db().query("INSERT INTO order_sync_states (order_id, brand_id, status) VALUES (?, ?, 'failed')", [unpaid.orderId, a.brandId]);
    // Withdrawals the product's way: the distributor asks (BalanceActor freezes), an admin approves and pays one.
    const platform = await platformAdmin();
    const withdraw = async (member: (typeof a.chain)[number], amount: string) => {
      const asked = await call('POST', '/api/v1/withdrawals', { amount }, await login(member.username, member.password));
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      return asked.body.data.id as string;
    };
    const paidOut = await withdraw(a.chain[2], '12.00');
    assert.equal((await call('POST', `/api/v1/withdrawals/${paidOut}/approve`, undefined, platform.token)).status, 200);
    assert.equal((await call('POST', `/api/v1/withdrawals/${paidOut}/paid`, { payoutRef: 'DASH-0001' }, platform.token)).status, 200);
    await withdraw(a.chain[1], '10.00');

    const summary = await call('GET', `${D}/summary?${range(from, to)}`, undefined, adminA);
    assert.equal(summary.status, 200, JSON.stringify(summary.body));
    const s = summary.body.data;
    assert.deepEqual(
      [s.visits, s.signups, s.paidOrders, s.revenue, s.rewardsCredited, s.rewardsCount, s.withdrawalsWaiting, s.withdrawalsWaitingAmount, s.syncFailures],
      [2, 3, 2, '198.00', '34.00', 6, 1, '10.00', 1],
      'two visitors, three sign-ups, two paid at 99.00 with 10 + 5 + 2 each; one open withdrawal (the paid one is not waiting); one failed sync',
    );
    const later = await call('GET', `${D}/summary?${range(to, new Date(to.getTime() + 3_600_000))}`, undefined, adminA);
    assert.deepEqual([later.body.data.signups, later.body.data.paidOrders, later.body.data.revenue], [0, 0, '0.00'], 'nothing outside the range');

    const foreign = await call('GET', `${D}/summary?${range(from, to, `&brandId=${b.brandId}`)}`, undefined, adminA);
    assert.deepEqual([foreign.status, foreign.body.code], [403, 40300], "another brand's figures are refused");
    const bad = await call('GET', `${D}/summary?${range(to, from)}`, undefined, adminA);
    assert.deepEqual([bad.status, bad.body.data.errors.map((e: any) => e.field)], [400, ['query.to']]);

    const asPlatform = await call('GET', `${D}/summary?${range(from, to, `&brandId=${a.brandId}`)}`, undefined, platform.token);
    assert.deepEqual(asPlatform.body.data, s, 'a platform admin narrowed to the brand sees the same figures');
    const onlyB = await call('GET', `${D}/summary?${range(from, to, `&brandId=${b.brandId}`)}`, undefined, platform.token);
    assert.deepEqual([onlyB.body.data.signups, onlyB.body.data.revenue, onlyB.body.data.rewardsCredited], [1, '99.00', '10.00']);

    const funnel = await call('GET', `${D}/funnel?${range(from, to)}`, undefined, adminA);
    assert.equal(funnel.status, 200, JSON.stringify(funnel.body));
    assert.deepEqual(funnel.body.data.items.map((i: any) => [i.campaignId, i.visits, i.signups, i.paid]), [[a.campaignId, 2, 3, 2]]);
    assert.match(funnel.body.data.items[0].campaignName, /^Test Campaign/);

    const board = await call('GET', `${D}/leaderboard?${range(from, to)}`, undefined, adminA);
    assert.deepEqual(
      board.body.data.items.map((i: any) => [i.rank, i.distributorId, i.orders, i.earned, i.username]),
      [[1, a.chain[2].distributorId, 2, '20.00', a.chain[2].username], [2, a.chain[1].distributorId, 2, '10.00', a.chain[1].username], [3, a.chain[0].distributorId, 2, '4.00', a.chain[0].username]],
    );

    const trend = await call('GET', `${D}/trend?${range(from, to, '&tzOffsetMinutes=480')}`, undefined, adminA);
    assert.equal(trend.status, 200, JSON.stringify(trend.body));
    const days = trend.body.data.days as any[];
    assert.ok(days.length >= 1 && days.length <= 2, 'a two-hour range touches one or two days');
    const total = (k: string) => days.reduce((n, d) => n + Number(d[k]), 0);
    assert.deepEqual([total('visits'), total('signups'), total('paidOrders'), total('revenue'), total('rewardsCredited')], [2, 3, 2, 198, 34]);

    const noRight = await call('GET', `${D}/summary?${range(from, to)}`, undefined, await login(a.chain[0].username, a.chain[0].password));
    assert.equal(noRight.status, 403, 'a distributor has no dashboard');
    await untilSettled();
    await assertInvariants(); // the scenario's own data keeps the money invariants (frozen = open withdrawals)
  });

  test('live feed: a settled reward is pushed within 2 s, only to its brand, and a reconnect resumes after Last-Event-ID', async () => {
    const a = await rewardSetup(2);
    const b = await rewardSetup(1);
    const adminA = await adminOf(a.brandId);
    const adminB = await adminOf(b.brandId);

    const unknown = await fetch(`${API_URL}${D}/live?ticket=${'x'.repeat(43)}`);
    assert.equal(unknown.status, 401, 'an unknown ticket opens nothing');
    assert.equal((await fetch(`${API_URL}${D}/live`)).status, 400, 'nor does no ticket');
    assert.equal((await call('POST', `${D}/live/tickets`, { brandId: b.brandId }, adminA)).status, 403, "no ticket for another brand's feed");

    const feedA = openFeed(await ticketFor(adminA));
    const feedB = openFeed(await ticketFor(adminB));
    assert.equal((await feedA.ready).headers.get('content-type'), 'text/event-stream; charset=utf-8');
    await feedB.ready;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = feedA.events.length;

    const order = await createOrder(a.campaignId, nextPhone(), a.chain[1].distributorId);
    const paidAt = Date.now();
    assert.equal((await payThroughSandbox(order.orderNo)).status, 200);
    const pushed = await waitFor('both rewards in the feed', async () => {
      const mine = feedA.events.slice(before).filter((e) => e.data.orderId === order.orderId);
      return mine.length === 2 && mine;
    }, 2_000, 20);
    assert.ok(Date.now() - paidAt <= 2_000, `pushed ${Date.now() - paidAt} ms after the payment`);
    assert.deepEqual(pushed.map((e) => [e.event, e.data.level, e.data.amount, e.data.brandId]).sort(), [['reward', 1, '10.00', a.brandId], ['reward', 2, '5.00', a.brandId]]);
    assert.equal(pushed[0].data.balance, undefined);
    assert.equal(feedB.events.filter((e) => e.data.orderId === order.orderId).length, 0, "another brand's admin sees none of it");

    // Disconnected after the first reward: a reconnect with its id gets the second, and nothing before it.
    await feedA.close();
    const ids = pushed.map((e) => e.id).sort(byFeedId);
    const resumed = openFeed(await ticketFor(adminA), ids[0]);
    await waitFor('the missed reward', async () => resumed.events.length >= 1, 2_000, 20);
    assert.deepEqual(resumed.events.map((e) => e.id).filter((id) => ids.includes(id)), [ids[1]]);
    await resumed.close();
    await feedB.close();
  });
});
