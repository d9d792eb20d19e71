import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type BalanceCredits, type CreditOutcome, CreditGroups } from './credit-groups';
import type { CreditDecision } from './credit-plan';

const credits = (userId: string, rewardId = `r-${userId}`): BalanceCredits => ({ userId, requests: [{ rewardId, amount: '1.00' }] });
const decided = (c: BalanceCredits, how: string): CreditDecision[] => c.requests.map((r) => ({ kind: 'refused', rewardId: r.rewardId, reason: `${how}:${c.userId}` }));
const reasons = (o: CreditOutcome) => o?.map((d) => (d.kind === 'refused' ? d.reason : d.kind));

/** A CreditGroups whose transactions are recorded: `groups` the balances of each shared one, `alone` those taken alone. */
function setup(opts: { failTogether?: boolean; max?: number; linger?: number } = {}) {
  const log = { groups: [] as string[][], alone: [] as string[], failures: [] as number[] };
  const groups = new CreditGroups(
    async (group) => {
      log.groups.push(group.map((g) => g.userId));
      if (opts.failTogether) throw new Error('deadlock');
      return group.map((g) => (g.userId.startsWith('new') ? null : decided(g, 'together')));
    },
    async (c) => {
      log.alone.push(c.userId);
      if (c.userId === 'broken') throw new Error('connection lost');
      return decided(c, 'alone');
    },
    (_err, balances) => log.failures.push(balances),
    opts.linger ?? 2,
    opts.max ?? 32,
  );
  return { groups, log };
}

describe('CreditGroups', () => {
  test("credits of different balances that arrive within the linger share one transaction, each answered with its own outcome", async () => {
    const { groups, log } = setup();
    const answers = await Promise.all(['u1', 'u2', 'u3'].map((u) => groups.submit(credits(u))));
    assert.deepEqual(log.groups, [['u1', 'u2', 'u3']]);
    assert.deepEqual(log.alone, []);
    assert.deepEqual(answers.map(reasons), [['together:u1'], ['together:u2'], ['together:u3']]);
  });

  test('a turn with no company is taken alone, after the linger', async () => {
    const { groups, log } = setup();
    assert.deepEqual(reasons(await groups.submit(credits('u1'))), ['alone:u1']);
    assert.deepEqual([log.groups, log.alone], [[], ['u1']]);
  });

  test("a turn that carries several credits (a hot balance's batch) does not wait: it goes at once, with whatever is waiting", async () => {
    const { groups, log } = setup({ linger: 60_000 });
    const started = Date.now();
    const answers = await Promise.all([
      groups.submit(credits('u1')),
      groups.submit({ userId: 'hot', requests: [{ rewardId: 'a', amount: '1.00' }, { rewardId: 'b', amount: '1.00' }] }),
    ]);
    assert.ok(Date.now() - started < 5_000, 'the 60-s linger was not waited');
    assert.deepEqual(log.groups, [['u1', 'hot']]);
    assert.deepEqual(answers.map(reasons), [['together:u1'], ['together:hot', 'together:hot']]);
  });

  test('a balance the group cannot credit (no row yet, debt) gets null, the others their outcomes', async () => {
    const { groups } = setup();
    const answers = await Promise.all([groups.submit(credits('u1')), groups.submit(credits('new-user'))]);
    assert.deepEqual(answers.map(reasons), [['together:u1'], undefined]);
    assert.equal(answers[1], null);
  });

  test('a failed shared transaction: every balance of it taken alone, and one failing alone fails only its own turn', async () => {
    const { groups, log } = setup({ failTogether: true });
    const answers = await Promise.allSettled(['u1', 'broken', 'u3'].map((u) => groups.submit(credits(u))));
    assert.deepEqual(log.failures, [3]);
    assert.deepEqual(log.alone.sort(), ['broken', 'u1', 'u3']);
    assert.deepEqual(answers.map((a) => (a.status === 'fulfilled' ? reasons(a.value) : (a.reason as Error).message)), [['alone:u1'], 'connection lost', ['alone:u3']]);
  });

  test('the same balance twice in one window: the second taken alone after the group committed', async () => {
    const { groups, log } = setup();
    const answers = await Promise.all([groups.submit(credits('u1', 'a')), groups.submit(credits('u2')), groups.submit(credits('u1', 'b'))]);
    assert.deepEqual(log.groups, [['u1', 'u2']]);
    assert.deepEqual(log.alone, ['u1']);
    assert.deepEqual(answers.map(reasons), [['together:u1'], ['together:u2'], ['alone:u1']]);
  });

  test('a full group goes at once, the rest after the linger', async () => {
    const { groups, log } = setup({ max: 2, linger: 300 });
    const first = Promise.all([groups.submit(credits('u1')), groups.submit(credits('u2'))]);
    const third = groups.submit(credits('u3'));
    await first;
    assert.deepEqual([log.groups, log.alone], [[['u1', 'u2']], []], 'the full group was committed while the third still lingers');
    assert.deepEqual(reasons(await third), ['alone:u3']);
  });

  test('a linger of 0: no grouping, every turn alone at once', async () => {
    const { groups, log } = setup({ linger: 0 });
    const answers = await Promise.all(['u1', 'u2'].map((u) => groups.submit(credits(u))));
    assert.deepEqual([log.groups, log.alone], [[], ['u1', 'u2']]);
    assert.deepEqual(answers.map(reasons), [['alone:u1'], ['alone:u2']]);
  });

  test('a group size or linger that makes no sense is refused', () => {
    assert.throws(() => new CreditGroups(async () => [], async () => null, undefined, 2, 0), RangeError);
    assert.throws(() => new CreditGroups(async () => [], async () => null, undefined, -1, 4), RangeError);
  });
});
