import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSettings, rewardLevelsOf, settingsOf } from './brand-settings';

test('rewardLevels: 1..3 as stored, 3 when unset or not a whole number in range', () => {
  assert.equal(rewardLevelsOf({ rewardLevels: 1 }), 1);
  assert.equal(rewardLevelsOf({ rewardLevels: 2 }), 2);
  for (const value of [undefined, null, 0, 4, 1.5, '2', -1]) assert.equal(rewardLevelsOf({ rewardLevels: value }), 3, String(value));
});

test('settings are read from a JSON string or object; anything else is empty', () => {
  assert.deepEqual(settingsOf('{"rewardLevels":2,"theme":"dark"}'), { rewardLevels: 2, theme: 'dark' });
  assert.deepEqual(settingsOf({ rewardLevels: 1 }), { rewardLevels: 1 });
  for (const value of [null, undefined, 'not json', '[1,2]', '3', []]) assert.deepEqual(settingsOf(value), {}, String(value));
});

test('a change is merged key by key: other keys survive, undefined changes nothing', () => {
  assert.deepEqual(mergeSettings({ rewardLevels: 3, theme: 'dark' }, { rewardLevels: 1 }), { rewardLevels: 1, theme: 'dark' });
  assert.deepEqual(mergeSettings({ rewardLevels: 2 }, { rewardLevels: undefined }), { rewardLevels: 2 });
});
