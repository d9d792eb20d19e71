import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OAUTH_STATE_TTL_SECONDS, signOAuthState, verifyOAuthState } from './oauth-state';

const SECRET = 'test-secret';
const NOW = Date.UTC(2026, 11, 4, 6, 0, 0);

describe('WeChat OAuth state', () => {
  test('carries the campaign and the referrer through the redirect, within WeChat’s alphabet and length', () => {
    const state = signOAuthState(SECRET, { campaignId: '1234567890123456789', referrerId: '9876543210987654321' }, NOW);
    assert.match(state, /^[a-zA-Z0-9]{1,128}$/);
    assert.deepEqual(verifyOAuthState(SECRET, state, NOW + 60_000), { campaignId: '1234567890123456789', referrerId: '9876543210987654321' });
  });

  test('a login without a campaign or referrer is a state too', () => {
    assert.deepEqual(verifyOAuthState(SECRET, signOAuthState(SECRET, { campaignId: null, referrerId: null }, NOW), NOW), { campaignId: null, referrerId: null });
  });

  test('an edited referrer, another key, a stale state or garbage is refused', () => {
    const state = signOAuthState(SECRET, { campaignId: '12', referrerId: '7' }, NOW);
    assert.equal(verifyOAuthState(SECRET, state.replace('X7X', 'X8X'), NOW), null, 'the referrer swapped for another distributor');
    assert.equal(verifyOAuthState('other', state, NOW), null);
    assert.equal(verifyOAuthState(SECRET, state, NOW + (OAUTH_STATE_TTL_SECONDS + 1) * 1000), null);
    for (const junk of ['', 'abc', 'S1X12X7X0X', `${state}0`, state.toUpperCase()]) assert.equal(verifyOAuthState(SECRET, junk, NOW), null, junk);
  });

  test('ids that are not positive integers cannot be signed', () => {
    assert.throws(() => signOAuthState(SECRET, { campaignId: '0', referrerId: null }, NOW), RangeError);
    assert.throws(() => signOAuthState(SECRET, { campaignId: '1', referrerId: '1a' }, NOW), RangeError);
  });
});
