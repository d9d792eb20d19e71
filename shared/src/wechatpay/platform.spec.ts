import assert from 'node:assert/strict';
import { createDecipheriv, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { describe, it } from 'node:test';
import { WechatPayPlatform } from './platform';
import { SIGNATURE_TYPE } from './schemas';

/** 2024-06-08T10:34:56+08:00. */
const T0_MS = Date.UTC(2024, 5, 8, 2, 34, 56);
const platformKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchantKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const apiV3Key = randomBytes(16).toString('hex');
const wechat = new WechatPayPlatform({
  apiV3Key, platformPrivateKey: platformKeys.privateKey, platformSerial: 'PUB_KEY_ID_0100000000000000000000000001',
  merchantPublicKeys: new Map([['MERCHANT-SERIAL', merchantKeys.publicKey]]), now: () => T0_MS,
});

/** The merchant's v3 Authorization header, written out by hand from WeChat's documentation. */
function authorization(method: string, path: string, body: string, opts: { serial?: string; timestamp?: number } = {}): string {
  const timestamp = opts.timestamp ?? T0_MS / 1000;
  const signature = sign('sha256', Buffer.from(`${method}\n${path}\n${timestamp}\nNONCE\n${body}\n`), merchantKeys.privateKey).toString('base64');
  return `${SIGNATURE_TYPE} mchid="1900000001",nonce_str="NONCE",signature="${signature}",timestamp="${timestamp}",serial_no="${opts.serial ?? 'MERCHANT-SERIAL'}"`;
}

describe('WechatPayPlatform: WeChat Pay\'s side of the v3 wire format', () => {
  it('signs timestamp\\nnonce\\nbody\\n with the platform key, under its serial', () => {
    const headers = wechat.sign('{"code":"SUCCESS"}', { nonce: 'N1' });
    assert.equal(headers['Wechatpay-Timestamp'], String(T0_MS / 1000));
    assert.equal(headers['Wechatpay-Serial'], 'PUB_KEY_ID_0100000000000000000000000001');
    assert.equal(headers['Wechatpay-Signature-Type'], SIGNATURE_TYPE);
    const message = Buffer.from(`${T0_MS / 1000}\nN1\n{"code":"SUCCESS"}\n`);
    assert.equal(verify('sha256', message, platformKeys.publicKey, Buffer.from(headers['Wechatpay-Signature'] ?? '', 'base64')), true);
  });

  it('encrypts a notification resource with AEAD_AES_256_GCM under the APIv3 key, the kind as associated data', () => {
    const { headers, body } = wechat.notification('refund', { out_refund_no: 'R1' }, { id: 'EV-1', eventType: 'REFUND.CLOSED' });
    const envelope = JSON.parse(body.toString()) as { id: string; event_type: string; create_time: string; resource: Record<string, string> };
    assert.equal(envelope.id, 'EV-1');
    assert.equal(envelope.event_type, 'REFUND.CLOSED');
    assert.equal(envelope.create_time, '2024-06-08T10:34:56+08:00');
    const { ciphertext, nonce, associated_data: aad } = envelope.resource;
    assert.equal(aad, 'refund');
    const sealed = Buffer.from(ciphertext ?? '', 'base64');
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(nonce ?? ''));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(sealed.subarray(-16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString();
    assert.deepEqual(JSON.parse(plain), { out_refund_no: 'R1' });
    const message = Buffer.from(`${headers['Wechatpay-Timestamp']}\n${headers['Wechatpay-Nonce']}\n${body.toString()}\n`);
    assert.equal(verify('sha256', message, platformKeys.publicKey, Buffer.from(headers['Wechatpay-Signature'] ?? '', 'base64')), true);
  });

  it('accepts the merchant\'s Authorization for exactly the request signed, and names what is wrong otherwise', () => {
    const header = authorization('POST', '/v3/pay/transactions/jsapi', '{}');
    const accepted = wechat.checkAuthorization('POST', '/v3/pay/transactions/jsapi', '{}', header);
    assert.equal(accepted.ok && accepted.authorization.mchid, '1900000001');
    assert.deepEqual(wechat.checkAuthorization('POST', '/v3/pay/transactions/jsapi', '{"x":1}', header), { ok: false, message: 'signature verification failed' });
    assert.deepEqual(wechat.checkAuthorization('POST', '/v3/x', '{}', authorization('POST', '/v3/x', '{}', { serial: 'OTHER' })), {
      ok: false, message: 'merchant certificate serial_no unknown',
    });
    assert.deepEqual(wechat.checkAuthorization('POST', '/v3/x', '{}', authorization('POST', '/v3/x', '{}', { timestamp: T0_MS / 1000 - 301 })), {
      ok: false, message: 'timestamp expired',
    });
    assert.deepEqual(wechat.checkAuthorization('GET', '/v3/x', '', undefined), { ok: false, message: 'Authorization header missing or malformed' });
  });
});
