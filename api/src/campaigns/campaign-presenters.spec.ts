import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seatsLeftOf } from './campaign-presenters';

describe('seatsLeftOf (the public view)', () => {
  test('the quota minus seats taken; 0 when full, never negative (a quota lowered by hand below the orders); null when unlimited', () => {
    assert.equal(seatsLeftOf(100, 0), 100);
    assert.equal(seatsLeftOf(3, 2), 1);
    assert.equal(seatsLeftOf(3, 3), 0);
    assert.equal(seatsLeftOf(3, 5), 0);
    assert.equal(seatsLeftOf(null, 42), null);
  });
});
