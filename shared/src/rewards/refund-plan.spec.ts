import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refundCoverage, reversalActionFor, reversedStatusOf } from './refund-plan';

test('only refunds adding up to the amount paid count as a full refund', () => {
  assert.equal(refundCoverage(9900, 0), 'none');
  assert.equal(refundCoverage(9900, 1), 'partial');
  assert.equal(refundCoverage(9900, 9899), 'partial');
  assert.equal(refundCoverage(9900, 9900), 'full');
  assert.equal(refundCoverage(9900, 10_000), 'full');
});

test('a pending reward is cancelled, a settled one clawed back, a finished one left alone', () => {
  assert.equal(reversalActionFor('pending'), 'cancel');
  assert.equal(reversalActionFor('settled'), 'claw_back');
  assert.equal(reversalActionFor('cancelled'), 'none');
  assert.equal(reversalActionFor('reversed'), 'none');
});

test('after a full refund a reward is cancelled if it never reached a balance, reversed if it did', () => {
  assert.equal(reversedStatusOf('pending'), 'cancelled');
  assert.equal(reversedStatusOf('cancelled'), 'cancelled');
  assert.equal(reversedStatusOf('settled'), 'reversed');
  assert.equal(reversedStatusOf('reversed'), 'reversed');
});
