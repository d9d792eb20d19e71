import assert from 'node:assert/strict';
import { sign, verify } from 'node:crypto';
import { describe, it } from 'node:test';
import { parseAuthorization } from '@dmh/shared/dist/wechatpay';
import { APP_APPID, APPID, MCHID, T0_MS, T0_SECONDS, paymentWorld, rsaPair } from './payments.test-factories';
import { WechatPaySigner } from './wechatpay.signer';

const world = paymentWorld();
const sandbox = world.sandbox();
const fixed = { now: () => T0_MS, nonce: () => '593BEC0C930BF1AFEB40B4A08C8FB242' };
const PATH = '/v3/pay/transactions/jsapi';
const BODY = JSON.stringify({ appid: APPID, mchid: MCHID, description: '活动报名', amount: { total: 990, currency: 'CNY' } });

describe('WechatPaySigner.authorization', () => {
  it('formats the v3 Authorization header with every field', () => {
    const header = world.signer(fixed).authorization('POST', PATH, BODY);
    assert.match(
      header,
      new RegExp(
        `^WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",serial_no="${world.merchant.serialNo}",` +
          `timestamp="${T0_SECONDS}",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="[A-Za-z0-9+/]{342}=="$`,
      ),
    );
  });

  it('signs method\\npath\\ntimestamp\\nnonce\\nbody\\n with the merchant key (PKCS#1 v1.5, deterministic)', () => {
    const header = world.signer(fixed).authorization('POST', PATH, BODY);
    const message = `POST\n${PATH}\n${T0_SECONDS}\n593BEC0C930BF1AFEB40B4A08C8FB242\n${BODY}\n`;
    const expected = sign('sha256', Buffer.from(message), world.merchant.privateKey).toString('base64');
    assert.equal(parseAuthorization(header)?.signature, expected);
  });

  it('is accepted by the sandbox, which reports the signing merchant', () => {
    const check = sandbox.checkAuthorization('POST', PATH, BODY, world.signer().authorization('POST', PATH, BODY));
    assert.equal(check.ok, true);
    assert.equal(check.ok && check.authorization.mchid, MCHID);
    assert.equal(check.ok && check.authorization.serialNo, world.merchant.serialNo);
  });

  it('is refused by the sandbox for another body, path, method, key, serial or a stale clock', () => {
    const header = world.signer().authorization('POST', PATH, BODY);
    const refused = (method: string, path: string, body: string, h: string | undefined) =>
      assert.equal(sandbox.checkAuthorization(method, path, body, h).ok, false);

    refused('POST', PATH, BODY.replace('990', '1'), header);
    refused('POST', `${PATH}?x=1`, BODY, header);
    refused('GET', PATH, BODY, header);
    refused('POST', PATH, BODY, undefined);
    refused('POST', PATH, BODY, header.replace('WECHATPAY2-SHA256-RSA2048', 'Bearer'));
    const otherKey = new WechatPaySigner({ mchid: MCHID, serialNo: world.merchant.serialNo, privateKey: rsaPair().privateKey });
    refused('POST', PATH, BODY, otherKey.authorization('POST', PATH, BODY));
    const otherSerial = new WechatPaySigner({ mchid: MCHID, serialNo: 'FFFF', privateKey: world.merchant.privateKey });
    refused('POST', PATH, BODY, otherSerial.authorization('POST', PATH, BODY));
    refused('POST', PATH, BODY, world.signer({ now: () => T0_MS - 301_000 }).authorization('POST', PATH, BODY));
  });
});

describe('WechatPaySigner.jsapiPayParams', () => {
  const prepayId = 'wx26112221580621e9b071c00d9e093b0000';

  it('returns the fields wx.requestPayment expects', () => {
    const { paySign, ...params } = world.signer(fixed).jsapiPayParams(APPID, prepayId);
    assert.deepEqual(params, {
      appId: APPID,
      timeStamp: String(T0_SECONDS),
      nonceStr: '593BEC0C930BF1AFEB40B4A08C8FB242',
      package: `prepay_id=${prepayId}`,
      signType: 'RSA',
    });
    assert.equal(paySign.length, 344);
  });

  it('has a paySign verifiable with the merchant public key, and only with it', () => {
    const p = world.signer(fixed).jsapiPayParams(APPID, prepayId);
    const message = Buffer.from(`${APPID}\n${p.timeStamp}\n${p.nonceStr}\nprepay_id=${prepayId}\n`);
    const signature = Buffer.from(p.paySign, 'base64');
    assert.equal(verify('sha256', message, world.merchant.publicKey, signature), true);
    assert.equal(verify('sha256', message, rsaPair().publicKey, signature), false);
    assert.equal(verify('sha256', Buffer.from(`${APPID}\n${p.timeStamp}\n${p.nonceStr}\nprepay_id=wx0\n`), world.merchant.publicKey, signature), false);
  });

  it('uses a fresh 32-character nonce by default', () => {
    const signer = world.signer();
    const [a, b] = [signer.jsapiPayParams(APPID, prepayId), signer.jsapiPayParams(APPID, prepayId)];
    assert.match(a.nonceStr, /^[0-9A-Za-z]{32}$/);
    assert.notEqual(a.nonceStr, b.nonceStr);
  });
});

describe('WechatPaySigner.appPayParams (APP 调起支付)', () => {
  const prepayid = 'wx201410272009395522657a690389285100';

  it("returns PayReq's fields under WeChat's names: the app's appid, the mchid as partnerid, Sign=WXPay", () => {
    const { sign: signature, ...params } = world.signer(fixed).appPayParams(APP_APPID, prepayid);
    assert.deepEqual(params, {
      appid: APP_APPID, partnerid: MCHID, prepayid, package: 'Sign=WXPay', noncestr: '593BEC0C930BF1AFEB40B4A08C8FB242', timestamp: String(T0_SECONDS),
    });
    assert.match(signature, /^[A-Za-z0-9+/]{342}==$/);
  });

  it('signs appid\\ntimestamp\\nnoncestr\\nprepayid\\n: verifiable with the merchant public key, and only with it', () => {
    const p = world.signer().appPayParams(APP_APPID, prepayid);
    const signature = Buffer.from(p.sign, 'base64');
    const message = (appid: string, id: string) => Buffer.from(`${appid}\n${p.timestamp}\n${p.noncestr}\n${id}\n`);
    assert.equal(verify('sha256', message(APP_APPID, prepayid), world.merchant.publicKey, signature), true);
    assert.equal(verify('sha256', message(APP_APPID, prepayid), rsaPair().publicKey, signature), false);
    assert.equal(verify('sha256', message(APPID, prepayid), world.merchant.publicKey, signature), false, 'the app appid is signed');
    assert.equal(verify('sha256', message(APP_APPID, 'wx0'), world.merchant.publicKey, signature), false, 'the prepayid is signed');
    const jsapiStyle = Buffer.from(`${APP_APPID}\n${p.timestamp}\n${p.noncestr}\nprepay_id=${prepayid}\n`);
    assert.equal(verify('sha256', jsapiStyle, world.merchant.publicKey, signature), false, "not JSAPI's message");
  });
});
