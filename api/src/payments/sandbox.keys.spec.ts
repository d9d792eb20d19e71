import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SANDBOX_KEY_FILES, loadOrCreateSandboxKeys } from './sandbox.keys';
import { transactionData } from './payments.test-factories';
import { WechatPaySandbox } from './wechatpay.sandbox';
import { WechatPaySigner } from './wechatpay.signer';
import { WechatPayVerifier } from './wechatpay.verifier';

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

  it('gives the sandbox and the API keys that work together', () => {
    const keys = loadOrCreateSandboxKeys(join(root, 'together'));
    const sandbox = new WechatPaySandbox({
      apiV3Key: keys.apiV3Key, platformPrivateKey: keys.platformPrivateKey, platformSerial: keys.pubKeyId,
      mchid: '1900000109', appid: 'wxd678efh567hg6787', merchantPublicKeys: new Map([[keys.merchantSerial, keys.merchantPublicKey]]),
    });
    const verifier = new WechatPayVerifier({ apiV3Key: keys.apiV3Key, publicKeys: new Map([[keys.pubKeyId, keys.platformPublicKeyPem]]) });
    const tx = transactionData({ out_trade_no: 'D000000000777' });
    const { headers, body } = sandbox.notification('transaction', tx, { timestamp: Math.floor(Date.now() / 1000) });
    assert.equal(verifier.verifyAndDecrypt(headers, body).transaction?.outTradeNo, 'D000000000777');

    const signer = new WechatPaySigner({ mchid: '1900000109', serialNo: keys.merchantSerial, privateKey: keys.merchantPrivateKey });
    assert.equal(sandbox.checkAuthorization('POST', '/v3/x', '{}', signer.authorization('POST', '/v3/x', '{}')).ok, true);
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
