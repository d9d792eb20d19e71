import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPreview, previewUrl, signPreview } from './page-preview';

const secret = 'a-test-secret-of-at-least-thirty-two-chars';
const now = Date.parse('2026-12-03T12:00:00Z');

test('a preview token opens its own campaign until it expires', () => {
  const { token, expiresAt } = signPreview(secret, '42', 3600, now);
  assert.equal(expiresAt.toISOString(), '2026-12-03T13:00:00.000Z');
  assert.equal(checkPreview(secret, '42', token, now), 'ok');
  assert.equal(checkPreview(secret, '42', token, now + 3_599_000), 'ok');
  assert.equal(checkPreview(secret, '42', token, now + 3_600_000), 'expired');
});

test('a token of another campaign, another secret, a changed expiry or garbage is invalid', () => {
  const { token } = signPreview(secret, '42', 3600, now);
  assert.equal(checkPreview(secret, '43', token, now), 'invalid');
  assert.equal(checkPreview(`${secret}x`, '42', token, now), 'invalid');
  const [expires, sig] = token.split('.');
  assert.equal(checkPreview(secret, '42', `${Number(expires) + 86_400}.${sig}`, now), 'invalid', 'the expiry is signed');
  for (const junk of ['', 'x', `${expires}.`, `${expires}.${sig}x`, `${expires}.${sig.slice(0, -1)}+`]) assert.equal(checkPreview(secret, '42', junk, now), 'invalid', junk);
});

test('the preview address is the consumer app\'s campaign route with the token', () => {
  assert.equal(previewUrl('https://h5.example.com/', '42', '1.abc'), 'https://h5.example.com/c/42?preview=1.abc');
});
