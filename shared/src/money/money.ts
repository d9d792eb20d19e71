/**
 * Money is integer cents (fen) in code and DECIMAL in the database: never binary floating point.
 * Cents stay well inside Number.MAX_SAFE_INTEGER (9e15 cents = 9e13 yuan), so a plain integer is exact.
 */
export type Cents = number;

const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

export class MoneyFormatError extends Error {
  constructor(readonly input: unknown) {
    super(`not a money amount with at most 2 decimals: ${JSON.stringify(input)}`);
    this.name = 'MoneyFormatError';
  }
}

/** Parses a DECIMAL string such as "12.3" or "-0.05" (as mysql2 returns them) into cents. */
export function toCents(value: string | number): Cents {
  const text = typeof value === 'number' ? numberToDecimalText(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new MoneyFormatError(value);
  const [, sign, whole, frac = ''] = match;
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return sign && cents !== 0 ? -cents : cents;
}

/** Formats cents as a DECIMAL(…,2) string: 1234 → "12.34", -5 → "-0.05". */
export function fromCents(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function isMoneyText(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

export function assertCents(cents: Cents): void {
  if (!Number.isSafeInteger(cents)) throw new MoneyFormatError(cents);
}

/**
 * `percent` of an amount, rounded down to the cent so a reward never pays out more than the rule says.
 * The percent is a decimal string with at most 2 decimals ("12.5" = 12.5 %), computed in integers.
 */
export function percentOf(amount: Cents, percent: string): Cents {
  const hundredths = toCents(percent); // "12.5" → 1250 hundredths of a percent
  if (hundredths < 0) throw new MoneyFormatError(percent);
  return Math.floor((amount * hundredths) / 10_000);
}

/** Yuan cents → WeChat Pay's integer fen (the same unit, checked). */
export function centsToFen(cents: Cents): number {
  assertCents(cents);
  return cents;
}

function numberToDecimalText(value: number): string {
  // Only integers are accepted from numbers: a float such as 0.1 + 0.2 must never become money.
  if (!Number.isSafeInteger(value)) throw new MoneyFormatError(value);
  return String(value);
}
