import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BalanceRuleError, BalanceState, clawBackFromBalance, creditToBalance, freezeInBalance, payOutFromBalance, releaseToBalance,
} from './balance-math';

const state = (s: Partial<BalanceState> = {}): BalanceState => ({ balance: 0, frozen: 0, debt: 0, totalReward: 0, totalWithdrawn: 0, ...s });

/** balance + frozen + withdrawn − debt = credited and not reversed: what every operation must keep. */
const held = (s: BalanceState) => s.balance + s.frozen + s.totalWithdrawn - s.debt;
const conserved = (s: BalanceState) => assert.equal(held(s), s.totalReward, `conservation broken: ${JSON.stringify(s)}`);

test('a credit without debt goes entirely to the balance', () => {
  const { after, repaid } = creditToBalance(state({ balance: 500, totalReward: 500 }), 1000);
  assert.deepEqual(after, state({ balance: 1500, totalReward: 1500 }));
  assert.equal(repaid, 0);
});

test('a credit repays the debt first, the rest reaches the balance', () => {
  const start = state({ debt: 300, totalReward: -300 });
  const { credited, after, repaid } = creditToBalance(start, 1000);
  assert.equal(credited.balance, 1000, 'the credit itself is recorded before the repayment');
  assert.equal(repaid, 300);
  assert.deepEqual(after, state({ balance: 700, debt: 0, totalReward: 700 }));
  conserved(after);
});

test('a credit smaller than the debt is taken whole and the debt shrinks', () => {
  const { after, repaid } = creditToBalance(state({ debt: 1500, totalReward: -1500 }), 1000);
  assert.equal(repaid, 1000);
  assert.deepEqual(after, state({ balance: 0, debt: 500, totalReward: -500 }));
  conserved(after);
});

test('a clawback takes what the balance holds and records the rest as debt, never touching frozen money', () => {
  const full = clawBackFromBalance(state({ balance: 1500, totalReward: 1500 }), 1000);
  assert.deepEqual([full.taken, full.shortfall], [1000, 0]);
  assert.deepEqual(full.after, state({ balance: 500, totalReward: 500 }));

  const start = state({ balance: 200, frozen: 800, totalReward: 1000 });
  const short = clawBackFromBalance(start, 1000);
  assert.deepEqual([short.taken, short.shortfall], [200, 800]);
  assert.deepEqual(short.after, state({ balance: 0, frozen: 800, debt: 800, totalReward: 0 }));
  conserved(short.after);
});

test('a clawback of an already withdrawn balance is all debt', () => {
  const { after, taken, shortfall } = clawBackFromBalance(state({ totalWithdrawn: 1000, totalReward: 1000 }), 1000);
  assert.deepEqual([taken, shortfall], [0, 1000]);
  assert.deepEqual(after, state({ debt: 1000, totalWithdrawn: 1000 }));
  conserved(after);
});

test('freeze moves available money to frozen, and refuses more than is available', () => {
  assert.deepEqual(freezeInBalance(state({ balance: 1000, totalReward: 1000 }), 1000), state({ frozen: 1000, totalReward: 1000 }));
  assert.equal(freezeInBalance(state({ balance: 999, frozen: 5000 }), 1000), null, 'frozen money cannot be frozen twice');
});

test('release returns frozen money to the balance, repaying debt first', () => {
  const start = state({ frozen: 1000, debt: 400, totalReward: 600 });
  const { released, after, repaid } = releaseToBalance(start, 1000);
  assert.deepEqual(released, state({ balance: 1000, debt: 400, totalReward: 600 }));
  assert.equal(repaid, 400);
  assert.deepEqual(after, state({ balance: 600, totalReward: 600 }));
  conserved(after);
  assert.throws(() => releaseToBalance(state({ frozen: 999 }), 1000), BalanceRuleError);
});

test('payout moves frozen money to withdrawn, and never more than is frozen', () => {
  const after = payOutFromBalance(state({ frozen: 1000, balance: 50, totalReward: 1050 }), 1000);
  assert.deepEqual(after, state({ balance: 50, totalWithdrawn: 1000, totalReward: 1050 }));
  conserved(after);
  assert.throws(() => payOutFromBalance(state({ frozen: 999 }), 1000), BalanceRuleError);
});

test('amounts must be positive whole cents', () => {
  for (const bad of [0, -1, 1.5]) {
    assert.throws(() => creditToBalance(state(), bad));
    assert.throws(() => clawBackFromBalance(state(), bad));
    assert.throws(() => freezeInBalance(state({ balance: 10 }), bad));
  }
});

test('any sequence of operations conserves money and keeps every part non-negative', () => {
  let s = state();
  const steps: [string, number][] = [
    ['credit', 1000], ['freeze', 600], ['credit', 500], ['claw', 1000], ['pay', 600], ['claw', 500], ['credit', 200],
    ['credit', 1500], ['freeze', 900], ['claw', 1500], ['release', 900], ['credit', 50],
  ];
  for (const [op, amount] of steps) {
    if (op === 'credit') s = creditToBalance(s, amount).after;
    else if (op === 'claw') s = clawBackFromBalance(s, amount).after;
    else if (op === 'freeze') s = freezeInBalance(s, amount) ?? assert.fail(`freeze ${amount} refused in ${JSON.stringify(s)}`);
    else if (op === 'release') s = releaseToBalance(s, amount).after;
    else s = payOutFromBalance(s, amount);
    conserved(s);
    for (const part of [s.balance, s.frozen, s.debt]) assert.ok(part >= 0, `${op}: ${JSON.stringify(s)}`);
    assert.ok(s.debt === 0 || s.balance === 0, `debt is repaid before money is available: ${JSON.stringify(s)}`);
  }
  assert.deepEqual(s, state({ balance: 0, debt: 350, totalWithdrawn: 600, totalReward: 250 }));
});
