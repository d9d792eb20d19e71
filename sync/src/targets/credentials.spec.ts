import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CredentialsCipher, CredentialsError, lazyCipher, loadCredentialsKey, parseKey } from './credentials';

const cipher = new CredentialsCipher(randomBytes(32));

/** Flips one bit of one base64url part of the envelope. */
function tamper(envelope: string, part: number): string {
  const parts = envelope.split(':');
  const bytes = Buffer.from(parts[part], 'base64url');
  bytes[0] ^= 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join(':');
}

describe('target password encryption (AES-256-GCM)', () => {
  test('round trip; a fresh IV each time', () => {
    const a = cipher.encrypt('s3cret-密码', '7');
    const b = cipher.encrypt('s3cret-密码', '7');
    assert.notEqual(a, b);
    assert.match(a, /^v1:[0-9a-f]{8}:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    assert.equal(cipher.decrypt(a, '7'), 's3cret-密码');
    assert.ok(!a.includes('s3cret'));
  });

  test('tampering with the ciphertext, the tag or the IV is detected', () => {
    const envelope = cipher.encrypt('password', '7');
    for (const part of [2, 3, 4]) {
      assert.throws(() => cipher.decrypt(tamper(envelope, part), '7'), (e: Error) => e instanceof CredentialsError && /failed authentication/.test(e.message));
    }
  });

  test("another brand's row does not decrypt (the brand id is authenticated)", () => {
    assert.throws(() => cipher.decrypt(cipher.encrypt('password', '7'), '8'), CredentialsError);
  });

  test('another key is named as such, not as tampering', () => {
    const other = new CredentialsCipher(randomBytes(32));
    assert.throws(() => other.decrypt(cipher.encrypt('password', '7'), '7'), /encrypted with another key/);
    assert.throws(() => cipher.decrypt('plain-text', '7'), /not a v1 envelope/);
  });

  test('keys: 32 bytes as base64 or hex, nothing else', () => {
    const key = randomBytes(32);
    assert.deepEqual(parseKey(key.toString('base64')), key);
    assert.deepEqual(parseKey(key.toString('hex')), key);
    assert.throws(() => parseKey(randomBytes(16).toString('base64')), /32 bytes/);
    assert.throws(() => new CredentialsCipher(randomBytes(16)), /32 bytes/);
  });

  test('outside production a key file is created once (mode 0600) and reused; production requires the variable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-key-'));
    const file = path.join(dir, 'sync', 'credentials.key');
    const first = loadCredentialsKey({ file, production: false });
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(loadCredentialsKey({ file, production: false }), first);
    assert.throws(() => loadCredentialsKey({ file: path.join(dir, 'none'), production: true }), /must be set in production/);
    const given = randomBytes(32);
    assert.deepEqual(loadCredentialsKey({ key: given.toString('base64'), file, production: true }), given);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the lazily loaded key', () => {
  test('loads once on first use; a key that cannot be loaded fails each use clearly', () => {
    let loads = 0;
    const key = randomBytes(32);
    const lazy = lazyCipher(() => (loads++, key));
    assert.equal(loads, 0);
    assert.equal(lazy.decrypt(lazy.encrypt('pw', '1'), '1'), 'pw');
    assert.equal(loads, 1);
    const missing = lazyCipher(() => {
      throw new Error('SYNC_CREDENTIALS_KEY must be set in production');
    });
    assert.throws(() => missing.encrypt('pw', '1'), (e: Error) => e instanceof CredentialsError && /no credentials key: SYNC_CREDENTIALS_KEY/.test(e.message));
  });
});
