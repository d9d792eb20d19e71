import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { call, SANDBOX_URL } from '../support/api-client';
import { db, one } from '../support/db';
import { countRows, freshIp, request } from '../support/auth-client';
import { createBrand, createCampaign, createUser } from '../support/factories';

const WECHAT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI';
const id = () => randomBytes(9).toString('base64url').replace(/[^A-Za-z0-9]/g, 'x');

async function sandboxUser(unionid: string | null): Promise<{ openid: string; unionid: string | null }> {
  const openid = `o${id()}${id()}`;
  const r = await fetch(`${SANDBOX_URL}/sandbox/wechat/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid, unionid }) });
  assert.equal(r.status, 200);
  return r.json() as Promise<{ openid: string; unionid: string | null }>;
}

/** What the WeChat client does with the authorize link: the sandbox answers 302 to the H5 callback with code and state. */
async function authorize(url: string, openid: string): Promise<URL> {
  const r = await fetch(url, { redirect: 'manual', headers: { 'user-agent': WECHAT_UA, cookie: `dmh_sbx_wx_openid=${openid}` } });
  assert.equal(r.status, 302, await r.text());
  return new URL(r.headers.get('location')!);
}

const authorizeUrl = (body: object) => request('POST', '/api/v1/auth/wechat/authorize-url', { body, ip: freshIp() });
const oauth = (code: string, state: string) => request('POST', '/api/v1/auth/wechat/oauth', { body: { code, state }, ip: freshIp() });
const refusal = (a: { status: number; body: any }) => ({ status: a.status, code: a.body.code, field: a.body.data?.errors?.[0]?.field });

describe('auth: WeChat web authorization (OAuth sandbox)', () => {
  test('a link’s referral survives the round trip to WeChat; the code logs in once; the same openid is the same account', async () => {
    const link = await authorizeUrl({ campaignId: '12', ref: '7' });
    assert.equal(link.status, 200, JSON.stringify(link.body));
    const user = await sandboxUser(`u${id()}${id()}`);
    const back = await authorize(link.body.data.url, user.openid);
    assert.equal(back.pathname, '/wx/callback');
    assert.equal(back.searchParams.get('state'), link.body.data.state);
    const code = back.searchParams.get('code')!;
    const answer = await oauth(code, back.searchParams.get('state')!);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(answer.body.data.referral, { campaignId: '12', referrerId: '7' });
    assert.deepEqual(answer.body.data.wechat, { openid: user.openid, unionid: user.unionid, scope: 'snsapi_base' });
    assert.deepEqual(answer.body.data.user.roles, ['participant']);
    const me = await request('GET', '/api/v1/auth/userinfo', { token: answer.body.data.accessToken });
    assert.equal(me.status, 200);
    assert.deepEqual(refusal(await oauth(code, link.body.data.state)), { status: 400, code: 40071, field: 'body.code' });

    const again = await oauth((await authorize((await authorizeUrl({})).body.data.url, user.openid)).searchParams.get('code')!, (await authorizeUrl({})).body.data.state);
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.data.user.userId, answer.body.data.user.userId);
    assert.deepEqual(again.body.data.referral, { campaignId: null, referrerId: null });
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM wechat_identities WHERE openid = ?', [user.openid]), 1);
  });

  test('the member with this UnionID leads to the account of its phone (matched by UnionID then phone)', async () => {
    const campaign = await createCampaign(await createBrand());
    const phone = `135${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;
    const account = await createUser('participant');
    await db().query('UPDATE users SET phone = ? WHERE id = ?', [phone, account.userId]);
    const user = await sandboxUser(`u${id()}${id()}`);
    const order = await call('POST', '/api/v1/orders', { campaignId: campaign, phone, formData: { name: '微信用户', phone }, unionid: user.unionid, openid: user.openid });
    assert.equal(order.status, 201, JSON.stringify(order.body));
    const link = (await authorizeUrl({ campaignId: campaign })).body.data;
    const answer = await oauth((await authorize(link.url, user.openid)).searchParams.get('code')!, link.state);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.data.user.userId, account.userId);
    const linked = await one<any>('SELECT user_id, unionid FROM wechat_identities WHERE openid = ?', [user.openid]);
    assert.equal(String(linked.user_id), account.userId);
    assert.equal(linked.unionid, user.unionid);
  });

  test('a wrong code is 40070 and an edited state 40072, each naming its field; neither makes an account', async () => {
    const link = (await authorizeUrl({ campaignId: '12', ref: '7' })).body.data;
    const before = await countRows('SELECT COUNT(*) AS n FROM wechat_identities');
    assert.deepEqual(refusal(await oauth('0a1b2c3d4e5f', link.state)), { status: 400, code: 40070, field: 'body.code' });
    const user = await sandboxUser(null);
    const code = (await authorize(link.url, user.openid)).searchParams.get('code')!;
    assert.deepEqual(refusal(await oauth(code, link.state.replace('X7X', 'X9X'))), { status: 400, code: 40072, field: 'body.state' });
    assert.deepEqual(refusal(await oauth('bad code!', link.state)), { status: 400, code: 40000, field: 'body.code' });
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM wechat_identities'), before);
    // The code was not spent by the refused state: it still logs in (a user without UnionID).
    const answer = await oauth(code, link.state);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.data.wechat.unionid, null);
  });

  test('outside WeChat the authorize link says to open it in WeChat, and issues no code', async () => {
    const link = (await authorizeUrl({})).body.data;
    const r = await fetch(link.url, { redirect: 'manual' });
    assert.equal(r.status, 200);
    assert.match(await r.text(), /请在微信客户端打开链接/);
  });
});
