import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SignedMessage, WechatPayPlatform } from '@dmh/shared/dist/wechatpay';
import type { PaymentNotificationReason } from './payment.errors';
import { T0_SECONDS, apiV3Key, paymentWorld, rsaPair, transactionData } from './payments.test-factories';

const world = paymentWorld();
const sandbox = world.sandbox();
const verifier = world.verifier();

function assertRefused(message: { headers: Record<string, string>; body: Buffer }, reason: PaymentNotificationReason): void {
  assert.throws(() => verifier.verifyAndDecrypt(message.headers, message.body), {
    name: 'PaymentNotificationError',
    code: 'PAYMENT_NOTIFICATION_REJECTED',
    reason,
    message: `WeChat Pay notification rejected: ${reason}`,
  });
}

/** Changes the envelope, then signs the new body properly: only the checks after the signature can refuse it. */
function resigned(from: SignedMessage, change: (envelope: Record<string, any>) => void, by: WechatPayPlatform = sandbox): SignedMessage {
  const envelope = JSON.parse(from.body.toString('utf8'));
  change(envelope);
  const body = JSON.stringify(envelope);
  return { headers: by.sign(body), body: Buffer.from(body) };
}

const fresh = () => sandbox.notification('transaction', transactionData());

describe('WechatPayVerifier refuses', () => {
  it('a missing header, each of the four', () => {
    for (const name of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']) {
      const message = fresh();
      delete message.headers[name];
      assertRefused(message, 'missing_header');
      assertRefused({ ...message, headers: { ...message.headers, [name]: '' } }, 'missing_header');
    }
  });

  it('a timestamp 301 s in the past or in the future, or not a number', () => {
    assertRefused(sandbox.notification('transaction', transactionData(), { timestamp: T0_SECONDS - 301 }), 'stale_timestamp');
    assertRefused(sandbox.notification('transaction', transactionData(), { timestamp: T0_SECONDS + 301 }), 'stale_timestamp');
    assertRefused(sandbox.notification('transaction', transactionData(), { timestamp: `${T0_SECONDS}.5` }), 'stale_timestamp');
  });

  it('an unknown serial, before looking at the signature', () => {
    const message = sandbox.notification('transaction', transactionData(), { serial: 'PUB_KEY_ID_0000000000000000000000000000' });
    message.headers['Wechatpay-Signature'] = 'forged';
    assertRefused(message, 'unknown_serial');
  });

  it('a stale timestamp before an unknown serial', () => {
    assertRefused(sandbox.notification('transaction', transactionData(), { serial: 'UNKNOWN', timestamp: 1 }), 'stale_timestamp');
  });

  it('a forged signature', () => {
    const message = fresh();
    message.headers['Wechatpay-Signature'] = Buffer.alloc(256, 7).toString('base64');
    assertRefused(message, 'bad_signature');
  });

  it("WeChat's signature probe (WECHATPAY/SIGNTEST/…)", () => {
    const message = fresh();
    message.headers['Wechatpay-Signature'] = `WECHATPAY/SIGNTEST/${message.headers['Wechatpay-Signature']}`;
    assertRefused(message, 'bad_signature');
  });

  it('a signature by another key under a known serial', () => {
    const impostor = world.sandbox({ platformPrivateKey: rsaPair().privateKey });
    assertRefused(impostor.notification('transaction', transactionData()), 'bad_signature');
  });

  it('a signature over the same nonce with another timestamp', () => {
    const message = fresh();
    message.headers['Wechatpay-Timestamp'] = String(T0_SECONDS + 1);
    assertRefused(message, 'bad_signature');
  });

  it('another signature type', () => {
    const message = fresh();
    message.headers['Wechatpay-Signature-Type'] = 'WECHATPAY2-SM2-WITH-SM3';
    assertRefused(message, 'bad_signature');
  });

  it('the body re-serialised with other spacing: the raw bytes are what was signed', () => {
    const message = fresh();
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(message.body.toString('utf8')), null, 2));
    assert.deepEqual(JSON.parse(reformatted.toString()), JSON.parse(message.body.toString()));
    assertRefused({ headers: message.headers, body: reformatted }, 'bad_signature');
  });

  it('the body with one byte changed or a trailing newline added', () => {
    const message = fresh();
    const changed = Buffer.from(message.body);
    changed[changed.indexOf('encrypt-resource')] = 'E'.charCodeAt(0);
    assertRefused({ headers: message.headers, body: changed }, 'bad_signature');
    assertRefused({ headers: message.headers, body: Buffer.concat([message.body, Buffer.from('\n')]) }, 'bad_signature');
  });

  it('a signed body that is not JSON', () => {
    const body = '{"id": "EV-1", ';
    assertRefused({ headers: sandbox.sign(body), body: Buffer.from(body) }, 'malformed_body');
  });

  it('a signed envelope that breaks the schema', () => {
    assertRefused(resigned(fresh(), (e) => delete e.resource.nonce), 'malformed_body');
    assertRefused(resigned(fresh(), (e) => (e.resource.algorithm = 'AES_128_CBC')), 'malformed_body');
    assertRefused(resigned(fresh(), (e) => (e.resource_type = 'plain-resource')), 'malformed_body');
    assertRefused(resigned(fresh(), (e) => (e.event_type = 'REFUND.SUCCESS')), 'malformed_body');
    assertRefused(resigned(fresh(), (e) => (e.event_type = 'MCHTRANSFER.BILL.FINISHED')), 'malformed_body');
  });

  it('tampered ciphertext, even when the envelope is re-signed', () => {
    const tampered = resigned(fresh(), (e) => {
      const sealed = Buffer.from(e.resource.ciphertext, 'base64');
      sealed[3] ^= 0x01;
      e.resource.ciphertext = sealed.toString('base64');
    });
    assertRefused(tampered, 'decrypt_failed');
  });

  it('a tampered authentication tag', () => {
    const tampered = resigned(fresh(), (e) => {
      const sealed = Buffer.from(e.resource.ciphertext, 'base64');
      sealed[sealed.length - 1] ^= 0x80;
      e.resource.ciphertext = sealed.toString('base64');
    });
    assertRefused(tampered, 'decrypt_failed');
  });

  it('tampered associated_data or nonce', () => {
    assertRefused(resigned(fresh(), (e) => (e.resource.associated_data = 'refund')), 'decrypt_failed');
    assertRefused(resigned(fresh(), (e) => (e.resource.associated_data = '')), 'decrypt_failed');
    assertRefused(resigned(fresh(), (e) => (e.resource.nonce = 'AAAAAAAAAAAA')), 'decrypt_failed');
  });

  it('a resource encrypted with another apiV3Key', () => {
    assertRefused(world.sandbox({ apiV3Key: apiV3Key() }).notification('transaction', transactionData()), 'decrypt_failed');
  });

  it('a resource without out_trade_no', () => {
    const { out_trade_no: _omitted, ...withoutOutTradeNo } = transactionData();
    assertRefused(sandbox.notification('transaction', withoutOutTradeNo), 'malformed_resource');
  });

  it('a resource whose amount is not integer fen, or whose state contradicts the event', () => {
    const yuan = transactionData({ amount: { total: 9.9, payer_total: 9.9, currency: 'CNY', payer_currency: 'CNY' } });
    assertRefused(sandbox.notification('transaction', yuan), 'malformed_resource');
    assertRefused(sandbox.notification('transaction', { ...transactionData(), amount: { total: '990', currency: 'CNY' } }), 'malformed_resource');
    assertRefused(sandbox.notification('transaction', transactionData({ trade_state: 'NOTPAY' })), 'malformed_resource');
  });

  it('a successful transaction without success_time', () => {
    const { success_time: _omitted, ...withoutTime } = transactionData();
    assertRefused(sandbox.notification('transaction', withoutTime), 'malformed_resource');
  });
});
