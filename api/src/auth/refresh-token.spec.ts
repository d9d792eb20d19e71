import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashRefreshToken, newRefreshToken, refreshDecision } from './refresh-token';

const now = new Date('2026-11-25T12:00:00.000Z');
const later = new Date(now.getTime() + 86_400_000);

describe('refresh tokens', () => {
  it('are opaque and random; only their SHA-256 is kept', () => {
    const a = newRefreshToken();
    const b = newRefreshToken();
    assert.notEqual(a.token, b.token);
    assert.match(a.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(a.hash, hashRefreshToken(a.token));
    assert.match(a.hash, /^[0-9a-f]{64}$/);
    assert.ok(!a.hash.includes(a.token));
  });

  it('rotates a live token', () => {
    assert.equal(refreshDecision({ revokedAt: null, expiresAt: later, rotated: false }, now), 'rotate');
  });

  it('treats an already exchanged token as reuse, even when the family was revoked since', () => {
    assert.equal(refreshDecision({ revokedAt: now, expiresAt: later, rotated: true }, now), 'reuse');
    assert.equal(refreshDecision({ revokedAt: now, expiresAt: new Date(0), rotated: true }, now), 'reuse');
  });

  it('refuses unknown, logged-out and expired tokens without calling them reuse', () => {
    assert.equal(refreshDecision(null, now), 'unknown');
    assert.equal(refreshDecision({ revokedAt: now, expiresAt: later, rotated: false }, now), 'revoked');
    assert.equal(refreshDecision({ revokedAt: null, expiresAt: now, rotated: false }, now), 'expired');
  });
});
