import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { earningsChanges } from './earnings-plan';

const reward = (rewardId: string, distributorId: string, level: number, cents: number) => ({ rewardId, orderId: `o${rewardId}`, distributorId, level, cents });

describe('earningsChanges (a distributor\'s figures in the credit transaction)', () => {
  test('sums the cents per distributor and counts only level-1 rewards as orders', () => {
    assert.deepEqual(earningsChanges([reward('1', '5', 1, 1000), reward('2', '5', 2, 300), reward('3', '5', 1, 50)]), [
      { distributorId: '5', cents: 1350, orders: 2 },
    ]);
  });

  test('one user distributing for two brands: one change per distributor row', () => {
    assert.deepEqual(earningsChanges([reward('1', '5', 3, 100), reward('2', '9', 1, 200)]), [
      { distributorId: '5', cents: 100, orders: 0 },
      { distributorId: '9', cents: 200, orders: 1 },
    ]);
  });

  test('nothing credited, nothing changed', () => {
    assert.deepEqual(earningsChanges([]), []);
  });
});
