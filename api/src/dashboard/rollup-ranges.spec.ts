import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Principal } from '../common/principal';
import { DashboardService } from './dashboard.service';
import { DAY_MS, HOUR_MS, daysAround, hourRuns, hoursOf, midnightHours, splitRange, sumBy } from './rollup-ranges';

const t = (iso: string) => new Date(iso);
const spans = (list: { from: Date; to: Date }[]) => list.map((s) => [s.from.toISOString(), s.to.toISOString()]);

describe('dashboard roll-up ranges', () => {
  test('a range is cut into the rolled whole hours and live edges; nothing rolled up yet means all live', () => {
    const from = t('2026-12-01T10:20:00Z');
    const to = t('2026-12-03T09:40:00Z');
    const cut = splitRange(from, to, t('2026-12-03T08:00:00Z'), HOUR_MS);
    assert.deepEqual(spans([cut.rolled!]), [['2026-12-01T11:00:00.000Z', '2026-12-03T08:00:00.000Z']]);
    assert.deepEqual(spans(cut.live), [['2026-12-01T10:20:00.000Z', '2026-12-01T11:00:00.000Z'], ['2026-12-03T08:00:00.000Z', '2026-12-03T09:40:00.000Z']]);
    assert.deepEqual(splitRange(from, to, null, HOUR_MS), { rolled: null, live: [{ from, to }] });
    const aligned = splitRange(t('2026-12-01T00:00:00Z'), t('2026-12-02T00:00:00Z'), t('2026-12-05T00:00:00Z'), DAY_MS);
    assert.deepEqual([spans([aligned.rolled!]), aligned.live], [[['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z']], []], 'whole days: no live edge');
    const inside = splitRange(t('2026-12-01T10:20:00Z'), t('2026-12-01T10:50:00Z'), t('2026-12-03T00:00:00Z'), HOUR_MS);
    assert.equal(inside.rolled, null, 'no whole hour inside the range');
    assert.equal(splitRange(from, to, t('2026-12-01T10:30:00Z'), HOUR_MS).rolled, null, 'the boundary before the first whole hour');
  });

  test('hours to rebuild gather into contiguous runs of bounded length', () => {
    const hours = [...hoursOf(t('2026-12-01T00:30:00Z'), t('2026-12-01T05:00:00Z')), t('2026-12-01T02:00:00Z'), t('2026-12-02T07:00:00Z')];
    assert.deepEqual(spans(hourRuns(hours, 3)), [
      ['2026-12-01T00:00:00.000Z', '2026-12-01T03:00:00.000Z'],
      ['2026-12-01T03:00:00.000Z', '2026-12-01T05:00:00.000Z'],
      ['2026-12-02T07:00:00.000Z', '2026-12-02T08:00:00.000Z'],
    ]);
    assert.deepEqual(spans([daysAround({ from: t('2026-12-01T03:00:00Z'), to: t('2026-12-02T01:00:00Z') })]), [['2026-12-01T00:00:00.000Z', '2026-12-03T00:00:00.000Z']]);
  });

  test('at +05:30 the hour holding each local midnight is found (it is read live); at whole-hour offsets none is', () => {
    const span = { from: t('2026-12-01T00:00:00Z'), to: t('2026-12-03T00:00:00Z') };
    // Local midnight at +05:30 is 18:30 UTC: the hour 18:00-19:00 UTC belongs to two local days.
    assert.deepEqual(spans(midnightHours(span, 330)), [['2026-12-01T18:00:00.000Z', '2026-12-01T19:00:00.000Z'], ['2026-12-02T18:00:00.000Z', '2026-12-02T19:00:00.000Z']]);
    assert.deepEqual(spans(midnightHours(span, -210)), [['2026-12-01T03:00:00.000Z', '2026-12-01T04:00:00.000Z'], ['2026-12-02T03:00:00.000Z', '2026-12-02T04:00:00.000Z']]);
    assert.deepEqual(midnightHours(span, 480), []);
  });

  test('rows of the roll-up and of the live edges are added by key, money in cents', () => {
    assert.deepEqual(
      sumBy([{ d: 'a', n: '2', amount: '0.10' }, { d: 'b', n: 1, amount: null }, { d: 'a', n: 3, amount: '0.20' }], 'd', ['n'], ['amount']),
      [{ d: 'a', n: 5, amount: '0.30' }, { d: 'b', n: 1, amount: '0.00' }],
    );
  });

  test('the summary adds the rolled hours to the live edges, each asked for its own part of the range', async () => {
    const asked: string[] = [];
    const live = {
      visits: async (f: any) => (asked.push(`live ${f.from.toISOString()} ${f.to.toISOString()}`), 1),
      signups: async () => 2,
      paid: async () => ({ count: 1, revenue: '99.00' }),
      rewards: async () => ({ count: 1, amount: '0.10' }),
      withdrawalsWaiting: async () => ({ count: 0, amount: '0.00' }),
      syncFailures: async () => 0,
    };
    const rolled = {
      rolledUntil: async () => t('2026-12-02T00:00:00Z'),
      totals: async (_s: unknown, span: any) => (asked.push(`rolled ${span.from.toISOString()} ${span.to.toISOString()}`),
        { visits: '10', signups: '20', paid: '5', revenue: '495.00', rewards: '3', rewarded: '0.20' }),
      daily: async () => [],
      funnel: async () => [],
    };
    const service = new DashboardService(live as any, { flushAll: async () => undefined }, rolled);
    const principal = { userId: '1', roles: ['platform_admin'], brandIds: [], permissions: [] } as unknown as Principal;
    const s = await service.summary(principal, { from: t('2026-12-01T10:20:00Z'), to: t('2026-12-02T09:40:00Z') });
    assert.deepEqual(asked.sort(), [
      'live 2026-12-01T10:20:00.000Z 2026-12-01T11:00:00.000Z',
      'live 2026-12-02T00:00:00.000Z 2026-12-02T09:40:00.000Z',
      'rolled 2026-12-01T11:00:00.000Z 2026-12-02T00:00:00.000Z',
    ]);
    assert.deepEqual([s.visits, s.signups, s.paidOrders, s.revenue, s.rewardsCount, s.rewardsCredited], [12, 24, 7, '693.00', 5, '0.40']);
  });
});
