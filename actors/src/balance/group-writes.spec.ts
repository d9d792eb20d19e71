import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { format as formatSql } from 'mysql2';
import { toCents } from '@dmh/shared';
import { SAVE_BALANCE_SQL, saveBalancesSql, saveBalancesValues } from './balance-store.repository';
import { addEarningsSql, addEarningsValues } from './balance.repository';

/** The statement as mysql2 sends it. */
const format = (text: string, values: unknown[]): string => formatSql(text, values as Parameters<typeof formatSql>[1]);

const state = (balance: string, totalReward: string) =>
  ({ balance: toCents(balance), frozen: toCents('1.00'), debt: 0, totalReward: toCents(totalReward), totalWithdrawn: toCents('3.00') });

/** A credit group's writes: every balance in one UPDATE, every distributor's earnings in one (as the SQL reaches MariaDB). */
describe('a credit group writes each table once', () => {
  test('one balance: the single-row statement, unchanged', () => {
    const saves = [{ userId: '7', state: state('10.00', '12.00') }];
    assert.equal(saveBalancesSql(1), SAVE_BALANCE_SQL);
    assert.deepEqual(saveBalancesValues(saves), ['10.00', '1.00', '0.00', '12.00', '3.00', '7']);
  });

  test('several balances: each column set by user_id, only those rows', () => {
    const saves = [{ userId: '7', state: state('10.00', '12.00') }, { userId: '9', state: state('5.50', '6.00') }];
    assert.equal(
      format(saveBalancesSql(2), saveBalancesValues(saves)),
      "UPDATE user_balances SET balance = CASE user_id WHEN '7' THEN '10.00' WHEN '9' THEN '5.50' END, "
        + "frozen = CASE user_id WHEN '7' THEN '1.00' WHEN '9' THEN '1.00' END, "
        + "debt = CASE user_id WHEN '7' THEN '0.00' WHEN '9' THEN '0.00' END, "
        + "total_reward = CASE user_id WHEN '7' THEN '12.00' WHEN '9' THEN '6.00' END, "
        + "total_withdrawn = CASE user_id WHEN '7' THEN '3.00' WHEN '9' THEN '3.00' END, "
        + "version = version + 1 WHERE user_id IN ('7', '9')",
    );
  });

  test("several distributors: each one's earnings and order count moved by its own amounts", () => {
    const changes = [{ distributorId: '3', cents: toCents('10.00'), orders: 1 }, { distributorId: '4', cents: toCents('5.00'), orders: 0 }];
    assert.equal(
      format(addEarningsSql(2), addEarningsValues(changes)),
      "UPDATE distributors SET total_earnings = total_earnings + CASE id WHEN '3' THEN '10.00' WHEN '4' THEN '5.00' END, "
        + "order_count = order_count + CASE id WHEN '3' THEN 1 WHEN '4' THEN 0 END WHERE id IN ('3', '4')",
    );
    assert.equal(
      format(addEarningsSql(1), addEarningsValues(changes.slice(0, 1))),
      "UPDATE distributors SET total_earnings = total_earnings + '10.00', order_count = order_count + 1 WHERE id = '3'",
    );
  });
});
