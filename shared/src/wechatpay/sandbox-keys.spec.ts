import assert from 'node:assert/strict';
import { sign, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { WechatPayPlatform } from './platform';
import { SANDBOX_KEY_FILES, loadOrCreateSandboxKeys } from './sandbox-keys';

const root = mkdtempSync(join(tmpdir(), 'wechatpay-keys-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('loadOrCreateSandboxKeys', () => {
  it('creates a complete key set on first use, private files readable by the owner only', () => {
    const dir = join(root, 'nested', 'keys');
    const keys = loadOrCreateSandboxKeys(dir);

    assert.equal(keys.dir, dir);
    assert.match(keys.pubKeyId, /^PUB_KEY_ID_\d{28}$/);
    assert.match(keys.apiV3Key, /^[0-9a-f]{32}$/);
    assert.match(keys.merchantSerial, /^[0-9A-F]{40}$/);
    assert.equal(keys.platformPublicKey.asymmetricKeyDetails?.modulusLength, 2048);
    assert.match(keys.platformPublicKeyPem, /^-----BEGIN PUBLIC KEY-----/);
    for (const file of [SANDBOX_KEY_FILES.platformPrivateKey, SANDBOX_KEY_FILES.merchantPrivateKey, SANDBOX_KEY_FILES.apiV3Key]) {
      assert.equal(statSync(join(dir, file)).mode & 0o777, 0o600, file);
    }
  });

  it('loads the same set on the next start', () => {
    const dir = join(root, 'stable');
    const first = loadOrCreateSandboxKeys(dir);
    const second = loadOrCreateSandboxKeys(dir);
    assert.equal(second.pubKeyId, first.pubKeyId);
    assert.equal(second.apiV3Key, first.apiV3Key);
    assert.equal(second.merchantSerial, first.merchantSerial);
    assert.ok(second.platformPublicKey.equals(first.platformPublicKey));
    assert.ok(second.merchantPrivateKey.equals(first.merchantPrivateKey));
  });

  it('gives WeChat\'s side and the merchant keys that pair up', () => {
    const keys = loadOrCreateSandboxKeys(join(root, 'together'));
    const platform = new WechatPayPlatform({
      apiV3Key: keys.apiV3Key, platformPrivateKey: keys.platformPrivateKey, platformSerial: keys.pubKeyId,
      merchantPublicKeys: new Map([[keys.merchantSerial, keys.merchantPublicKey]]),
    });
    const body = '{"code":"SUCCESS"}';
    const headers = platform.sign(body);
    const message = `${headers['Wechatpay-Timestamp']}\n${headers['Wechatpay-Nonce']}\n${body}\n`;
    assert.equal(verify('sha256', Buffer.from(message), keys.platformPublicKeyPem, Buffer.from(headers['Wechatpay-Signature'] ?? '', 'base64')), true);
    const signed = sign('sha256', Buffer.from('x'), keys.merchantPrivateKey);
    assert.equal(verify('sha256', Buffer.from('x'), keys.merchantPublicKey, signed), true, 'the merchant key files are one pair');
  });

  it('refuses an incomplete set instead of silently replacing keys', () => {
    const dir = join(root, 'partial');
    loadOrCreateSandboxKeys(dir);
    unlinkSync(join(dir, SANDBOX_KEY_FILES.apiV3Key));
    assert.throws(() => loadOrCreateSandboxKeys(dir), /incomplete WeChat Pay sandbox key set/);
  });

  it('refuses a non-empty directory that holds no key set', () => {
    const dir = join(root, 'occupied');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    assert.throws(() => loadOrCreateSandboxKeys(dir), /incomplete WeChat Pay sandbox key set .* \(has none\)/);
  });
});
