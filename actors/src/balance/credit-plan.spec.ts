import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BalanceState } from '@dmh/shared';
import { planCredits, RewardRow } from './credit-plan';

const empty: BalanceState = { balance: 0, frozen: 0, debt: 0, totalReward: 0, totalWithdrawn: 0 };
const rewards = (...rows: RewardRow[]) => new Map(rows.map((r) => [r.id, r]));
const pending = (id: string, amount = 1000, userId = '7'): RewardRow => ({ id, userId, amount, status: 'pending', distributorId: '1', orderId: '1', level: 1 });

describe('planCredits (one BalanceActor turn crediting many rewards)', () => {
  test('credits pending rewards in order, the state threading through the batch', () => {
    const { decisions, end } = planCredits(empty, '7', [{ rewardId: '1', amount: '10.00' }, { rewardId: '2', amount: '5.00' }], rewards(pending('1'), pending('2', 500)));
    assert.deepEqual(decisions.map((d) => [d.kind, d.kind === 'credit' ? d.after.balance : null]), [['credit', 1000], ['credit', 1500]]);
    assert.deepEqual(end, { ...empty, balance: 1500, totalReward: 1500 });
  });

  test('a reward repeated in the batch, or already settled, is credited once: unchanged and credited', () => {
    const { decisions, end } = planCredits(
      empty, '7',
      [{ rewardId: '1', amount: '10.00' }, { rewardId: '1', amount: '10.00' }, { rewardId: '3', amount: '10.00' }],
      rewards(pending('1'), { ...pending('3'), status: 'settled' }),
    );
    assert.deepEqual(decisions.map((d) => d.kind), ['credit', 'unchanged', 'unchanged']);
    assert.deepEqual(decisions.slice(1).map((d) => d.kind === 'unchanged' && d.credited), [true, true]);
    assert.equal(end.balance, 1000);
  });

  test('a cancelled or reversed reward (its order refunded) is not credited, and says so', () => {
    const { decisions, end } = planCredits(
      empty, '7', [{ rewardId: '4', amount: '10.00' }, { rewardId: '5', amount: '10.00' }],
      rewards({ ...pending('4'), status: 'cancelled' }, { ...pending('5'), status: 'reversed' }),
    );
    assert.deepEqual(decisions.map((d) => [d.kind, d.kind === 'unchanged' && d.credited]), [['unchanged', false], ['unchanged', false]]);
    assert.deepEqual(end, empty);
  });

  test("another user's reward, a wrong amount or an unknown reward is refused without stopping the others", () => {
    const { decisions, end } = planCredits(
      empty, '7',
      [{ rewardId: '6', amount: '10.00' }, { rewardId: '7', amount: '9.99' }, { rewardId: '8', amount: '10.00' }, { rewardId: '9', amount: '1.00' }],
      rewards(pending('6', 1000, '8'), pending('7'), pending('9', 100)),
    );
    assert.deepEqual(decisions.map((d) => d.kind), ['refused', 'refused', 'refused', 'credit']);
    assert.equal(end.balance, 100);
  });

  test('debt is repaid first, credit by credit', () => {
    const { decisions, end } = planCredits({ ...empty, debt: 1200 }, '7', [{ rewardId: '1', amount: '10.00' }, { rewardId: '2', amount: '5.00' }], rewards(pending('1'), pending('2', 500)));
    assert.deepEqual(decisions.map((d) => (d.kind === 'credit' ? d.repaid : -1)), [1000, 200]);
    assert.deepEqual([end.balance, end.debt, end.totalReward], [300, 0, 1500]);
  });
});
