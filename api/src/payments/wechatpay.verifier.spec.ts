import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { describe, it } from 'node:test';
import { PaymentNotificationError } from './payment.errors';
import { MCHID, APPID, T0_SECONDS, paymentWorld, refundData, transactionData } from './payments.test-factories';
import { WechatPayVerifier } from './wechatpay.verifier';

const world = paymentWorld();

const lowerCased = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('WechatPayVerifier round trips with the sandbox', () => {
  it('accepts a notification signed in public key mode (Wechatpay-Serial: PUB_KEY_ID_…)', () => {
    const tx = transactionData({ out_trade_no: 'D20240608103456ABC', amount: { total: 1990, payer_total: 1990, currency: 'CNY', payer_currency: 'CNY' } });
    const { headers, body } = world.sandbox().notification('transaction', tx, { id: 'EV-2018022511223320873' });

    assert.equal(headers['Wechatpay-Serial'], world.pubKeyId);
    assert.deepEqual(world.verifier().verifyAndDecrypt(headers, body), {
      id: 'EV-2018022511223320873',
      eventType: 'TRANSACTION.SUCCESS',
      payee: { mchid: MCHID, appid: APPID },
      transaction: {
        outTradeNo: 'D20240608103456ABC',
        transactionId: tx.transaction_id,
        tradeState: 'SUCCESS',
        amountTotal: 1990,
        currency: 'CNY',
        successTime: '2024-06-08T10:34:56+08:00',
        payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        mchid: MCHID,
        appid: APPID,
      },
    });
    assert.match(tx.transaction_id, /^420020240608\d{16}$/);
  });

  it('accepts a notification signed in certificate mode (Wechatpay-Serial: certificate serial, X.509 PEM configured)', () => {
    const tx = transactionData();
    const { headers, body } = world.certificateSandbox().notification('transaction', tx);

    assert.equal(headers['Wechatpay-Serial'], world.certSerial);
    const result = world.verifier().verifyAndDecrypt(headers, body);
    assert.equal(result.transaction?.outTradeNo, tx.out_trade_no);
    assert.equal(result.transaction?.amountTotal, 990);
  });

  it('accepts a certificate serial mapped straight to its public key PEM', () => {
    const verifier = world.verifier({ publicKeys: new Map([[world.certSerial, certificatePublicKeyPem()]]) });
    const { headers, body } = world.certificateSandbox().notification('transaction', transactionData({ out_trade_no: 'D000000000001' }));
    assert.equal(verifier.verifyAndDecrypt(headers, body).transaction?.outTradeNo, 'D000000000001');
  });

  it('picks the key by serial: a certificate-key signature under the PUB_KEY_ID is refused', () => {
    const { headers, body } = world.certificateSandbox().notification('transaction', transactionData(), { serial: world.pubKeyId });
    assert.throws(() => world.verifier().verifyAndDecrypt(headers, body), { reason: 'bad_signature' });
  });

  it('accepts a refund notification and returns the refund', () => {
    const refund = refundData({ out_trade_no: 'D20240608000001', out_refund_no: 'R20240608000001' });
    const { headers, body } = world.sandbox().notification('refund', refund, { id: 'EV-refund-1' });

    assert.deepEqual(world.verifier().verifyAndDecrypt(headers, body), {
      id: 'EV-refund-1',
      eventType: 'REFUND.SUCCESS',
      payee: { mchid: MCHID },
      refund: {
        outTradeNo: 'D20240608000001',
        outRefundNo: 'R20240608000001',
        refundId: refund.refund_id,
        refundStatus: 'SUCCESS',
        amount: { total: 990, refund: 300 },
      },
    });
    assert.match(refund.refund_id, /^50\d{27}$/);
  });

  it('names the payee the resource names, also another merchant or app: checking it is ours is the caller\'s (per order)', () => {
    const tx = transactionData({ mchid: '1900000999', appid: 'wxotherapp000000001' });
    const paid = world.sandbox().notification('transaction', tx);
    assert.deepEqual(world.verifier().verifyAndDecrypt(paid.headers, paid.body).payee, { mchid: '1900000999', appid: 'wxotherapp000000001' });
    const refunded = world.sandbox().notification('refund', refundData({ mchid: '1900000998' }));
    assert.deepEqual(world.verifier().verifyAndDecrypt(refunded.headers, refunded.body).payee, { mchid: '1900000998' }, 'a refund resource names no app');
  });

  it('accepts REFUND.ABNORMAL with refund_status ABNORMAL and no success_time', () => {
    const { success_time: _omitted, ...abnormal } = refundData({ refund_status: 'ABNORMAL' });
    const { headers, body } = world.sandbox().notification('refund', abnormal, { eventType: 'REFUND.ABNORMAL' });
    const result = world.verifier().verifyAndDecrypt(headers, body);
    assert.equal(result.eventType, 'REFUND.ABNORMAL');
    assert.equal(result.refund?.refundStatus, 'ABNORMAL');
  });

  it('reads header names case-insensitively (Node lower-cases them)', () => {
    const { headers, body } = world.sandbox().notification('transaction', transactionData({ out_trade_no: 'D000000000002' }));
    assert.equal(world.verifier().verifyAndDecrypt(lowerCased(headers), body).transaction?.outTradeNo, 'D000000000002');
  });

  it('accepts a timestamp exactly 300 s away, on both sides', () => {
    for (const timestamp of [T0_SECONDS - 300, T0_SECONDS + 300]) {
      const { headers, body } = world.sandbox().notification('transaction', transactionData(), { timestamp });
      assert.equal(world.verifier().verifyAndDecrypt(headers, body).eventType, 'TRANSACTION.SUCCESS');
    }
  });

  it('accepts a notification without Wechatpay-Signature-Type', () => {
    const { headers, body } = world.sandbox().notification('transaction', transactionData());
    delete headers['Wechatpay-Signature-Type'];
    assert.equal(world.verifier().verifyAndDecrypt(headers, body).eventType, 'TRANSACTION.SUCCESS');
  });

  it('keeps non-ASCII fields intact (the signature is over UTF-8 bytes)', () => {
    const { headers, body } = world.sandbox().notification('transaction', transactionData(), { id: 'EV-中文' });
    assert.ok(body.includes(Buffer.from('"summary":"支付成功"')));
    assert.equal(world.verifier().verifyAndDecrypt(headers, body).id, 'EV-中文');
  });
});

describe('WechatPayVerifier configuration', () => {
  it('refuses an apiV3Key that is not 32 bytes', () => {
    assert.throws(() => world.verifier({ apiV3Key: 'x'.repeat(31) }), /exactly 32 bytes/);
    assert.throws(() => world.verifier({ apiV3Key: '密'.repeat(32) }), /exactly 32 bytes/);
  });

  it('refuses a certificate configured under another serial', () => {
    const publicKeys = new Map([['ABCDEF0123456789', world.certificate.certificatePem]]);
    assert.throws(() => world.verifier({ publicKeys }), /has serial/);
  });

  it('refuses a private key where a public key is expected', () => {
    assert.throws(() => world.verifier({ publicKeys: new Map([[world.pubKeyId, world.platform.privateKey]]) }), /RSA public key/);
  });

  it('is a real WechatPayVerifier whose errors are PaymentNotificationError', () => {
    const verifier = world.verifier();
    assert.ok(verifier instanceof WechatPayVerifier);
    assert.throws(() => verifier.verifyAndDecrypt({}, Buffer.from('{}')), PaymentNotificationError);
  });
});

function certificatePublicKeyPem(): string {
  return createPublicKey(world.certificate.certificatePem).export({ type: 'spki', format: 'pem' }).toString();
}
