import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfiguredMerchant, payeeMismatch } from './merchant-accounts';
import { APP_APPID, APPID, MCHID, outTradeNo } from './payments.test-factories';

const ours = { mchid: MCHID, appid: APPID };

describe('payeeMismatch', () => {
  it('accepts our merchant with our app, and our merchant alone (a refund names no app)', () => {
    assert.equal(payeeMismatch(ours, { mchid: MCHID, appid: APPID }), null);
    assert.equal(payeeMismatch(ours, { mchid: MCHID }), null);
  });

  it('names the merchant when it differs, whatever the app', () => {
    assert.deepEqual(payeeMismatch(ours, { mchid: '1900000999', appid: APPID }), { field: 'mchid', expected: MCHID, got: '1900000999' });
    assert.deepEqual(payeeMismatch(ours, { mchid: '1900000999' }), { field: 'mchid', expected: MCHID, got: '1900000999' });
  });

  it('names the app when the merchant is ours but the app is not', () => {
    assert.deepEqual(payeeMismatch(ours, { mchid: MCHID, appid: 'wxotherapp000000001' }), { field: 'appid', expected: APPID, got: 'wxotherapp000000001' });
  });

  it("accepts the merchant's other apps (the mobile app of APP pay), and only those", () => {
    const withApp = { ...ours, otherAppids: [APP_APPID] };
    assert.equal(payeeMismatch(withApp, { mchid: MCHID, appid: APP_APPID }), null);
    assert.equal(payeeMismatch(withApp, { mchid: MCHID, appid: APPID }), null);
    assert.deepEqual(payeeMismatch(ours, { mchid: MCHID, appid: APP_APPID }), { field: 'appid', expected: APPID, got: APP_APPID });
    assert.equal(payeeMismatch(withApp, { mchid: MCHID, appid: 'wxotherapp000000001' })?.field, 'appid');
  });

  it('compares exactly: no trimming, no case folding', () => {
    assert.equal(payeeMismatch(ours, { mchid: ` ${MCHID}` })?.field, 'mchid');
    assert.equal(payeeMismatch(ours, { mchid: MCHID, appid: APPID.toUpperCase() })?.field, 'appid');
  });
});

describe('ConfiguredMerchant', () => {
  it('answers the configured merchant and app for any order (brands have no merchant of their own yet)', async () => {
    const merchants = new ConfiguredMerchant(ours);
    assert.deepEqual(await merchants.forOrder(outTradeNo()), ours);
  });
});
