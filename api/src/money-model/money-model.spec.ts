import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSeed } from './money-model.run';
import { PRODUCT_LOGIC, type MoneyLogic } from './money-model.system';

/**
 * The seeded randomized model test of the money rules: reward chains, refunds (partial and full, clawbacks
 * into debt), withdrawals (request and freeze, approve, reject and release, pay and pay out), distributors
 * suspended and reactivated, every delivery possibly repeated and in any order. The product's pure rules
 * run beside an independent reference model (money-model.reference.ts); any difference fails its seed.
 *
 *   DMH_MODEL_SEEDS=20000      how many seeds (default 2000), from DMH_MODEL_SEED_BASE (default 1)
 *   DMH_MODEL_SEED=1234        replays that one seed only, with its trace on failure
 */
const single = process.env.DMH_MODEL_SEED;
const count = Number(process.env.DMH_MODEL_SEEDS ?? 2000);
const base = Number(process.env.DMH_MODEL_SEED_BASE ?? 1);

function failingSeeds(seeds: number[], logic?: MoneyLogic, stopAfter = Number.POSITIVE_INFINITY): { seed: number; error: Error }[] {
  const failures: { seed: number; error: Error }[] = [];
  for (const seed of seeds) {
    try {
      runSeed(seed, logic);
    } catch (error) {
      failures.push({ seed, error: error as Error });
      if (failures.length >= stopAfter) break;
    }
  }
  return failures;
}

test(single ? `money model: seed ${single}` : `money model: ${count} seeds from ${base} agree with the reference model`, () => {
  assert.ok(single || (Number.isInteger(count) && count > 0 && Number.isInteger(base)), 'DMH_MODEL_SEEDS and DMH_MODEL_SEED_BASE must be integers');
  const seeds = single ? [Number(single)] : Array.from({ length: count }, (_, i) => base + i);
  const failures = failingSeeds(seeds);
  if (failures.length === 0) return;
  const replay = (seed: number) => `DMH_MODEL_SEED=${seed} node --test api/dist/money-model/money-model.spec.js`;
  assert.fail(
    `${failures.length} of ${seeds.length} seeds failed: ${failures.slice(0, 20).map((f) => f.seed).join(', ')}${failures.length > 20 ? ', …' : ''}\n` +
      `replay one with: ${replay(failures[0].seed)}\n\n${failures[0].error.message}`,
  );
});

/** Broken versions of one rule each: the model must catch every one of them, or it proves nothing. */
const MUTANTS: Record<string, Partial<MoneyLogic>> = {
  'a credit that does not repay the debt': {
    creditToBalance: (s, amount) => {
      const credited = { ...s, balance: s.balance + amount, totalReward: s.totalReward + amount };
      return { credited, after: credited, repaid: 0 };
    },
  },
  'a clawback that also takes frozen money': {
    clawBackFromBalance: (s, amount) => {
      const fromBalance = Math.min(s.balance, amount);
      const fromFrozen = Math.min(s.frozen, amount - fromBalance);
      const shortfall = amount - fromBalance - fromFrozen;
      return { after: { ...s, balance: s.balance - fromBalance, frozen: s.frozen - fromFrozen, debt: s.debt + shortfall, totalReward: s.totalReward - amount }, taken: fromBalance + fromFrozen, shortfall };
    },
  },
  'a chain walk that starts at the referrer\'s parent': {
    referrerChain: (referrerId, lookup) => {
      const parent = referrerId === null ? null : lookup(referrerId)?.parentId ?? null;
      return PRODUCT_LOGIC.referrerChain(parent, lookup);
    },
  },
  'a reward plan whose levels together may pay more than the price': {
    planRewards: (input) => ([1, 2, 3] as const).flatMap((level) => PRODUCT_LOGIC.planRewards({ ...input, rules: input.rules.filter((r) => r.level === level) })),
  },
  'a partial refund that reverses the rewards': {
    refundCoverage: (orderAmount, refunded) => (refunded > 0 ? 'full' : PRODUCT_LOGIC.refundCoverage(orderAmount, refunded)),
  },
  'a withdrawal paid without approval': {
    transition: (current, action) => (current === 'requested' && action === 'pay' ? { kind: 'apply', to: 'paid' } : PRODUCT_LOGIC.transition(current, action)),
  },
  'a rejected withdrawal that keeps blocking new requests': {
    openWithdrawalStatuses: ['requested', 'approved', 'rejected'],
  },
  'an approved withdrawal that no longer blocks a new request': {
    openWithdrawalStatuses: ['requested'],
  },
};

for (const [name, broken] of Object.entries(MUTANTS)) {
  test(`the money model catches ${name}`, () => {
    const found = failingSeeds(Array.from({ length: 500 }, (_, i) => i + 1), { ...PRODUCT_LOGIC, ...broken }, 1);
    assert.equal(found.length, 1, `no seed of 500 caught ${name}`);
  });
}
