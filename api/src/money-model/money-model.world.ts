import type { Prng } from './prng';

/**
 * The world one seed of the money model test plays in: a campaign's price and reward rule, a forest of
 * distributors (each with a user balance), and consumers. Amounts are integer cents; the rule is also
 * written out as the product stores it (decimal text, in the several spellings a DECIMAL column or an admin
 * may produce), so the product parses it while the reference model uses the numbers.
 */
export interface WorldRule {
  level: 1 | 2 | 3;
  mode: 'fixed' | 'percent';
  /** fixed: cents; percent: hundredths of a percent (1250 = 12.5 %). */
  value: number;
  /** As the product stores it: `amount` for fixed, `percent` for percent. */
  text: string;
}

export interface WorldDistributor {
  id: string;
  userId: string;
  /** Index of the parent in `distributors` (always a smaller index: no cycles), or null at the top. */
  parent: number | null;
}

export interface World {
  price: number;
  enabledLevels: number;
  rules: WorldRule[];
  distributors: WorldDistributor[];
  consumers: string[];
}

/** Cents (or hundredths) as decimal text, in one of the spellings that mean the same amount. */
export function decimalText(rng: Prng, value: number): string {
  const whole = Math.floor(value / 100);
  const frac = value % 100;
  const forms = [`${whole}.${String(frac).padStart(2, '0')}`];
  if (frac === 0) forms.push(String(whole), `${whole}.0`);
  else if (frac % 10 === 0) forms.push(`${whole}.${frac / 10}`);
  return rng.pick(forms);
}

export function generateWorld(rng: Prng): World {
  // Mostly ordinary prices, sometimes tiny ones (where caps and rounding bite).
  const price = rng.chance(0.2) ? rng.int(1, 300) : rng.int(100, 50_000);
  const rules: WorldRule[] = [];
  for (const level of [1, 2, 3] as const) {
    if (!rng.chance(0.85)) continue;
    if (rng.chance(0.6)) {
      // Fixed: usually a fraction of the price, sometimes more than all of it (the plan must cap it).
      const value = rng.chance(0.15) ? rng.int(0, price * 2) : rng.int(0, Math.max(1, Math.floor(price / 3)));
      rules.push({ level, mode: 'fixed', value, text: decimalText(rng, value) });
    } else {
      const value = rng.chance(0.1) ? rng.pick([0, 10_000]) : rng.int(1, 5_000);
      rules.push({ level, mode: 'percent', value, text: decimalText(rng, value) });
    }
  }
  const count = rng.int(2, 6);
  const distributors: WorldDistributor[] = [];
  for (let i = 0; i < count; i++) {
    distributors.push({ id: `d${i + 1}`, userId: `u${i + 1}`, parent: i === 0 || rng.chance(0.25) ? null : rng.int(0, i - 1) });
  }
  return {
    price,
    // The brand's setting; 5 is out of range and must act as 3.
    enabledLevels: Number(rng.weighted({ 3: 6, 2: 1, 1: 1, 0: 0.5, 5: 0.5 })),
    rules,
    distributors,
    consumers: ['c1', 'c2'],
  };
}
