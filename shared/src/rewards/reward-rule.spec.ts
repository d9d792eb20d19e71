import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChainLink, planRewards, RewardLevelRule, validateRewardRule } from './reward-rule';

const rules: RewardLevelRule[] = [
  { level: 1, mode: 'fixed', amount: '10.00' },
  { level: 2, mode: 'fixed', amount: '5.00' },
  { level: 3, mode: 'percent', percent: '2.5' },
];
const chainOf = (n: number, status = 'active'): ChainLink[] =>
  Array.from({ length: n }, (_, i) => ({ distributorId: `d${i + 1}`, userId: `u${i + 1}`, status }));

test('three levels: referrer, parent, grandparent', () => {
  const plan = planRewards({ orderAmount: 9900, rules, chain: chainOf(3), enabledLevels: 3 });
  assert.deepEqual(plan, [
    { level: 1, distributorId: 'd1', userId: 'u1', amount: 1000 },
    { level: 2, distributorId: 'd2', userId: 'u2', amount: 500 },
    { level: 3, distributorId: 'd3', userId: 'u3', amount: 247 }, // 2.5 % of 99.00 = 2.475 → 2.47
  ]);
});

test('a shorter chain pays only the levels it has', () => {
  assert.deepEqual(planRewards({ orderAmount: 9900, rules, chain: chainOf(1), enabledLevels: 3 }).map((r) => r.level), [1]);
  assert.deepEqual(planRewards({ orderAmount: 9900, rules, chain: [], enabledLevels: 3 }), []);
});

test('the brand can switch levels off', () => {
  assert.deepEqual(planRewards({ orderAmount: 9900, rules, chain: chainOf(3), enabledLevels: 1 }).map((r) => r.level), [1]);
  assert.deepEqual(planRewards({ orderAmount: 9900, rules, chain: chainOf(3), enabledLevels: 0 }), []);
});

test('inactive distributors and the buyer are skipped without shifting levels', () => {
  const chain = chainOf(3);
  chain[1] = { ...chain[1], status: 'suspended' };
  const plan = planRewards({ orderAmount: 9900, rules, chain, enabledLevels: 3, buyerUserId: 'u3' });
  assert.deepEqual(plan.map((r) => [r.level, r.distributorId]), [[1, 'd1']]);
});

test('rewards never exceed the order amount', () => {
  const greedy: RewardLevelRule[] = [
    { level: 1, mode: 'fixed', amount: '8.00' },
    { level: 2, mode: 'fixed', amount: '8.00' },
  ];
  const plan = planRewards({ orderAmount: 1000, rules: greedy, chain: chainOf(3), enabledLevels: 3 });
  assert.deepEqual(plan.map((r) => r.amount), [800, 200]);
});

test('validateRewardRule names the field at fault', () => {
  assert.deepEqual(validateRewardRule(rules, 9900, 'body.rewardLevels'), []);
  assert.deepEqual(validateRewardRule([{ level: 1, mode: 'fixed', amount: '1.234' }], 9900, 'body.rewardLevels').map((p) => p.field), ['body.rewardLevels.0.amount']);
  assert.deepEqual(validateRewardRule([{ level: 1, mode: 'fixed', amount: '1' }, { level: 1, mode: 'fixed', amount: '1' }], 9900, 'body.rewardLevels').map((p) => p.field), ['body.rewardLevels.1.level']);
  assert.deepEqual(validateRewardRule([{ level: 1, mode: 'percent', percent: '101' }], 9900, 'body.rewardLevels').map((p) => p.field), ['body.rewardLevels.0.percent']);
  assert.deepEqual(validateRewardRule([{ level: 1, mode: 'fixed', amount: '60' }, { level: 2, mode: 'fixed', amount: '40' }], 9900, 'body.rewardLevels').map((p) => p.field), ['body.rewardLevels']);
});
