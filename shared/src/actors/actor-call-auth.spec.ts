import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ACTOR_AUTH_MAX_SKEW_MS, checkActorCall, signActorCall } from './actor-call-auth';

const secret = 'actor-call-secret-0123456789abcdef0123456789';
const call = { actorType: 'BalanceActor', actorId: '7', method: 'credit' };
const now = 1_796_400_000_000;

describe('actor call signatures', () => {
  test('a call signed with the secret passes, within the skew either way', () => {
    assert.deepEqual(checkActorCall(secret, signActorCall(secret, call, now), call, now), { ok: true });
    assert.deepEqual(checkActorCall(secret, signActorCall(secret, call, now - ACTOR_AUTH_MAX_SKEW_MS), call, now), { ok: true });
    assert.deepEqual(checkActorCall(secret, signActorCall(secret, call, now + ACTOR_AUTH_MAX_SKEW_MS), call, now), { ok: true });
  });

  test('refuses a missing or malformed header, an old one, another secret, and a signature of another call', () => {
    assert.deepEqual(checkActorCall(secret, undefined, call, now), { ok: false, reason: 'missing' });
    assert.deepEqual(checkActorCall(secret, 'Bearer abc', call, now), { ok: false, reason: 'malformed' });
    assert.deepEqual(checkActorCall(secret, signActorCall(secret, call, now - ACTOR_AUTH_MAX_SKEW_MS - 1), call, now), { ok: false, reason: 'stale' });
    assert.deepEqual(checkActorCall(secret, signActorCall('another-secret-0123456789abcdef0123456789', call, now), call, now), { ok: false, reason: 'bad_signature' });
    const signed = signActorCall(secret, call, now);
    for (const other of [{ ...call, actorId: '8' }, { ...call, method: 'reverseReward' }, { ...call, actorType: 'CampaignActor' }]) {
      assert.deepEqual(checkActorCall(secret, signed, other, now), { ok: false, reason: 'bad_signature' }, JSON.stringify(other));
    }
    // The time is part of what is signed: a signature cannot be moved to a fresher time.
    const [v, , sig] = signed.split('.');
    assert.deepEqual(checkActorCall(secret, `${v}.${now + 1}.${sig}`, call, now), { ok: false, reason: 'bad_signature' });
  });
});
