import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OAUTH_CODE_TTL_MS, WechatApiRefusal, WechatMpSandbox } from './wechat-mp.sandbox';

const refusal = (errcode: number) => (e: unknown) => e instanceof WechatApiRefusal && e.errcode === errcode;

describe('WeChat Official Account sandbox', () => {
  test('a code is exchanged once for the openid and UnionID, as WeChat does; a second use is 40163', () => {
    let now = 1_000_000;
    const mp = new WechatMpSandbox('wxapp', 'secret', () => now);
    const user = mp.user();
    const code = mp.issueCode(user.openid, 'snsapi_base');
    const ask = { appid: 'wxapp', secret: 'secret', code, grant_type: 'authorization_code' };
    const answer = mp.exchangeCode(ask);
    assert.equal(answer.openid, user.openid);
    assert.equal(answer.unionid, user.unionid);
    assert.equal(answer.scope, 'snsapi_base');
    assert.throws(() => mp.exchangeCode(ask), refusal(40163));
    assert.throws(() => mp.userinfo({ access_token: answer.access_token, openid: user.openid }), refusal(48001), 'snsapi_base cannot read userinfo');
    const late = mp.issueCode(user.openid, 'snsapi_userinfo');
    now += OAUTH_CODE_TTL_MS;
    assert.throws(() => mp.exchangeCode({ ...ask, code: late }), refusal(40029), 'older than 5 minutes');
  });

  test('wrong appid, secret, grant type or unknown code are refused with WeChat’s errcodes', () => {
    const mp = new WechatMpSandbox('wxapp', 'secret');
    const code = mp.issueCode(mp.user().openid, 'snsapi_userinfo');
    const ok = { appid: 'wxapp', secret: 'secret', code, grant_type: 'authorization_code' };
    assert.throws(() => mp.exchangeCode({ ...ok, appid: 'other' }), refusal(40013));
    assert.throws(() => mp.exchangeCode({ ...ok, secret: 'nope' }), refusal(40125));
    assert.throws(() => mp.exchangeCode({ ...ok, grant_type: 'x' }), refusal(40002));
    assert.throws(() => mp.exchangeCode({ ...ok, code: 'nope' }), refusal(40029));
    const answer = mp.exchangeCode(ok);
    assert.equal(mp.userinfo({ access_token: answer.access_token, openid: answer.openid }).openid, answer.openid);
  });

  test('a user without UnionID gets none; the jsapi_ticket needs a live app access token', () => {
    const mp = new WechatMpSandbox('wxapp', 'secret');
    const lone = mp.user('oLoneUser123', { unionid: null });
    const answer = mp.exchangeCode({ appid: 'wxapp', secret: 'secret', code: mp.issueCode(lone.openid, 'snsapi_base'), grant_type: 'authorization_code' });
    assert.equal('unionid' in answer, false);
    assert.throws(() => mp.jsapiTicket({ access_token: 'forged', type: 'jsapi' }), refusal(40001));
    const { access_token } = mp.appToken({ grant_type: 'client_credential', appid: 'wxapp', secret: 'secret' });
    const ticket = mp.jsapiTicket({ access_token, type: 'jsapi' });
    assert.equal(ticket.errcode, 0);
    assert.equal(mp.currentTicket(), ticket.ticket);
    assert.deepEqual(mp.calls, { token: 1, ticket: 1 });
  });
});
