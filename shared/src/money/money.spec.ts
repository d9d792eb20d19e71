import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromCents, percentOf, toCents, MoneyFormatError } from './money';

test('toCents parses DECIMAL strings exactly', () => {
  assert.equal(toCents('12.34'), 1234);
  assert.equal(toCents('12.3'), 1230);
  assert.equal(toCents('12'), 1200);
  assert.equal(toCents('0.01'), 1);
  assert.equal(toCents('-0.05'), -5);
  assert.equal(toCents('-0.00'), 0);
  assert.equal(toCents('99999999.99'), 9_999_999_999);
  assert.equal(toCents(7), 700);
});

test('toCents refuses floats, extra decimals and junk', () => {
  for (const bad of ['1.234', 'abc', '', '1e3', '1,00', ' ', '.5', '--1']) {
    assert.throws(() => toCents(bad), MoneyFormatError, bad);
  }
  assert.throws(() => toCents(0.1 + 0.2), MoneyFormatError);
});

test('fromCents formats with two decimals and keeps the sign', () => {
  assert.equal(fromCents(1234), '12.34');
  assert.equal(fromCents(5), '0.05');
  assert.equal(fromCents(-5), '-0.05');
  assert.equal(fromCents(0), '0.00');
  assert.throws(() => fromCents(1.5), MoneyFormatError);
});

test('round trip over a range of values', () => {
  for (let c = -1003; c <= 1003; c += 7) assert.equal(toCents(fromCents(c)), c);
});

test('percentOf rounds down to the cent', () => {
  assert.equal(percentOf(9900, '10'), 990);
  assert.equal(percentOf(9900, '12.5'), 1237); // 1237.5 → 1237
  assert.equal(percentOf(1, '50'), 0);
  assert.equal(percentOf(10000, '100'), 10000);
  assert.throws(() => percentOf(100, '-1'), MoneyFormatError);
});
