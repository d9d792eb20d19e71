import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnswerTimeLimit } from './answer-time-limit';

describe('AnswerTimeLimit', () => {
  test('starts at the most and stays there while answers come within the target', () => {
    const limit = new AnswerTimeLimit(16, 128, 300);
    for (let i = 0; i < 1000; i++) limit.answered(120, i);
    assert.equal(limit.limit, 128);
  });

  test('a slow answer shrinks the bound by a fifth, once per target time however many slow answers come in it', () => {
    const limit = new AnswerTimeLimit(16, 128, 300);
    limit.answered(301, 1000);
    assert.equal(limit.limit, 102);
    for (let t = 1001; t < 1300; t += 10) limit.answered(900, t);
    assert.equal(limit.limit, 102, 'the answers under way when it shrank do not shrink it again');
    limit.answered(900, 1300);
    assert.equal(limit.limit, 81);
  });

  test('never below the least, and grows back by about one per bound of fast answers', () => {
    const limit = new AnswerTimeLimit(16, 128, 300);
    for (let i = 0; i < 20; i++) limit.answered(2000, i * 300);
    assert.equal(limit.limit, 16);
    for (let i = 0; i < 16; i++) limit.answered(50, 10_000 + i);
    assert.equal(limit.limit, 16, 'sixteen fast answers add about one (16.96 here)');
    for (let i = 0; i < 17; i++) limit.answered(50, 11_000 + i);
    assert.equal(limit.limit, 17);
  });

  test('takes up to the bound; back at the most only when nothing is in hand and no answer was slow for ten target times', () => {
    const limit = new AnswerTimeLimit(16, 128, 300);
    for (let i = 0; i < 20; i++) limit.answered(2000, i * 300);
    const lastSlow = 19 * 300;
    assert.equal(limit.limit, 16);
    assert.equal(limit.admits(15, lastSlow + 10), true);
    assert.equal(limit.admits(16, lastSlow + 10), false, 'a past overload still holds while notifications are in hand');
    assert.equal(limit.admits(0, lastSlow + 2999), true);
    assert.equal(limit.limit, 16, 'an empty pipe right after slow answers (another gate emptied it): still held');
    assert.equal(limit.admits(16, lastSlow + 5000), false, 'quiet for long, but notifications in hand: still held');
    assert.equal(limit.admits(0, lastSlow + 3000), true);
    assert.equal(limit.limit, 128, 'empty and quiet for 3 s: a new burst is taken and measured afresh');
  });

  test('refuses a bound that cannot work', () => {
    assert.throws(() => new AnswerTimeLimit(0, 10, 300), RangeError);
    assert.throws(() => new AnswerTimeLimit(20, 10, 300), RangeError);
    assert.throws(() => new AnswerTimeLimit(1, 10, 0), RangeError);
  });
});
