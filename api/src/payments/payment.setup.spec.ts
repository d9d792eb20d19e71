import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { issuePlatformCertificate, loadOrCreateSandboxKeys, WechatPayPlatform } from '@dmh/shared/dist/wechatpay';
import type { ApiConfig } from '../config';
import { createPayments } from './payment.setup';
import { apiV3Key, rsaPair, transactionData } from './payments.test-factories';
import { WechatPaySigner } from './wechatpay.signer';

const root = mkdtempSync(join(tmpdir(), 'wechatpay-setup-'));
after(() => rmSync(root, { recursive: true, force: true }));
const keysDir = join(root, 'keys');

function settings(overrides: Partial<ApiConfig>): ApiConfig {
  return {
    PUBLIC_BASE_URL: 'http://127.0.0.1:8889', WECHATPAY_BASE_URL: 'http://127.0.0.1:1', WECHATPAY_MODE: 'sandbox', WECHATPAY_SANDBOX_KEYS_DIR: keysDir,
    WECHATPAY_APPID: 'wxdmhsandbox0000001', WECHATPAY_MCHID: '1900000001', WECHATPAY_VERIFY_MODE: 'public_key',
    WECHATPAY_CERT_REFRESH_SECONDS: 43_200, WECHATPAY_CERT_MIN_REFRESH_GAP_SECONDS: 60, ...overrides,
  } as ApiConfig;
}

function file(name: string, content: string): string {
  const path = join(root, name);
  writeFileSync(path, content);
  return path;
}

describe('createPayments: WECHATPAY_VERIFY_MODE', () => {
  const pubKeyId = () => loadOrCreateSandboxKeys(keysDir).pubKeyId;

  it('public_key (the default): the PUB_KEY_ID only, no certificate store', () => {
    const payments = createPayments(settings({}));
    assert.equal(payments.certificates, undefined);
    assert.ok(payments.verifier.trusted.knows(pubKeyId()));
  });

  it('certificate: a store to fetch certificates, and no public key; built once per configuration (the refund client shares it)', () => {
    const c = settings({ WECHATPAY_VERIFY_MODE: 'certificate' });
    const payments = createPayments(c);
    assert.ok(payments.certificates);
    assert.equal(payments.verifier.trusted.knows(pubKeyId()), false);
    assert.equal(createPayments(c), payments);
  });

  it('both: the public key and a certificate store', () => {
    const payments = createPayments(settings({ WECHATPAY_VERIFY_MODE: 'both' }));
    assert.ok(payments.certificates);
    assert.ok(payments.verifier.trusted.knows(pubKeyId()));
  });
});

describe('createPayments: live certificate mode is configured or refused with the variable to fix', () => {
  const merchantKey = file('apiclient_key.pem', rsaPair().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const live = (overrides: Partial<ApiConfig>) =>
    settings({ WECHATPAY_MODE: 'live', WECHATPAY_APIV3_KEY: apiV3Key(), WECHATPAY_MERCHANT_SERIAL: '3775B6A45ACD588826D15E583A95F5DD00000000',
      WECHATPAY_MERCHANT_KEY_FILE: merchantKey, WECHATPAY_VERIFY_MODE: 'certificate', ...overrides });

  it('configured certificates are trusted until the first fetch; no public key is needed', () => {
    const cert = issuePlatformCertificate();
    const payments = createPayments(live({ WECHATPAY_PLATFORM_CERTS: `${cert.serial}=${file('cert.pem', cert.pem)}` }));
    assert.deepEqual(payments.certificates?.serials(), [cert.serial]);
    assert.ok(payments.verifier.trusted.knows(cert.serial));
  });

  it('refuses a certificate under another serial, a certificate list in public_key mode, and a missing APIv3 key', () => {
    const cert = issuePlatformCertificate();
    const path = file('other.pem', cert.pem);
    assert.throws(() => createPayments(live({ WECHATPAY_PLATFORM_CERTS: `1234567890ABCDEF1234567890ABCDEF12345678=${path}` })), { code: 'PAYMENT_CONFIG_INVALID', field: 'WECHATPAY_PLATFORM_CERTS' });
    assert.throws(() => createPayments(live({ WECHATPAY_PLATFORM_CERTS: path })), { field: 'WECHATPAY_PLATFORM_CERTS' });
    const publicKey = { WECHATPAY_PUBLIC_KEY_ID: 'PUB_KEY_ID_0100000000000000000000000000', WECHATPAY_PUBLIC_KEY_FILE: file('pub_key.pem', rsaPair().publicKey.export({ type: 'spki', format: 'pem' }).toString()) };
    assert.throws(() => createPayments(live({ WECHATPAY_VERIFY_MODE: 'public_key', ...publicKey, WECHATPAY_PLATFORM_CERTS: `${cert.serial}=${path}` })), { field: 'WECHATPAY_PLATFORM_CERTS' });
    assert.throws(() => createPayments(live({ WECHATPAY_VERIFY_MODE: 'both' })), { field: 'WECHATPAY_PUBLIC_KEY_ID' });
    assert.throws(() => createPayments(live({ WECHATPAY_APIV3_KEY: undefined })), { field: 'WECHATPAY_APIV3_KEY' });
  });
});

describe('createPayments: sandbox mode', () => {
  it('uses the key set it shares with the sandbox: WeChat\'s notifications verify, the merchant\'s requests are accepted', () => {
    const payments = createPayments(settings({}));
    const keys = loadOrCreateSandboxKeys(keysDir);
    const wechat = new WechatPayPlatform({
      apiV3Key: keys.apiV3Key, platformPrivateKey: keys.platformPrivateKey, platformSerial: keys.pubKeyId,
      merchantPublicKeys: new Map([[keys.merchantSerial, keys.merchantPublicKey]]),
    });
    const { headers, body } = wechat.notification('transaction', transactionData({ out_trade_no: 'D000000000777' }));
    assert.equal(payments.verifier.verifyAndDecrypt(headers, body).transaction?.outTradeNo, 'D000000000777');

    const signer = new WechatPaySigner({ mchid: '1900000001', serialNo: keys.merchantSerial, privateKey: keys.merchantPrivateKey });
    assert.equal(wechat.checkAuthorization('POST', '/v3/x', '{}', signer.authorization('POST', '/v3/x', '{}')).ok, true);
  });
});
