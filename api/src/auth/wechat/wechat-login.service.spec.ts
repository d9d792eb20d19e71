import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../common/app-error';
import { config } from '../../config';
import { WechatRefusal, type WechatGet } from '../../wechat/wechat-api.client';
import { signOAuthState } from './oauth-state';
import { WechatLoginService } from './wechat-login.service';

const NOW = Date.UTC(2026, 11, 4, 6, 0, 0);
const client = { ip: '127.0.0.1', userAgent: 'MicroMessenger' };
const state = (campaignId: string | null = '12', referrerId: string | null = '7') => signOAuthState(config().JWT_SECRET, { campaignId, referrerId }, NOW);

interface World {
  byOpenid?: string;
  byUnionid?: string;
  memberPhone?: string;
  phoneUser?: string;
  status?: string;
}

function service(get: WechatGet, w: World = {}) {
  const calls: string[] = [];
  const row = (id?: string) => (id ? { id, status: w.status ?? 'active' } : null);
  const identities = {
    byOpenid: async () => row(w.byOpenid),
    byUnionid: async () => row(w.byUnionid),
    memberPhone: async () => w.memberPhone ?? null,
    link: async (userId: string, _a: string, openid: string, unionid: string | null) => void calls.push(`link ${userId} ${openid} ${unionid}`),
    createParticipant: async (_a: string, openid: string) => (calls.push(`create ${openid}`), '99'),
  };
  const phones = { findByPhone: async (phone: string) => (phone === w.memberPhone && w.phoneUser ? { id: w.phoneUser, username: 'm', status: w.status ?? 'active' } : null) };
  const issue = (async (userId: string) => ({ userId })) as any;
  return { svc: new WechatLoginService(get, identities, phones, issue, () => NOW), calls };
}

const exchanged = (extra: Record<string, unknown> = {}): WechatGet => async (path) => {
  assert.equal(path, '/sns/oauth2/access_token');
  return { access_token: 't', openid: 'oOPENID', scope: 'snsapi_base', ...extra };
};
const refusing = (errcode: number): WechatGet => async (path) => {
  throw new WechatRefusal(errcode, 'x', path);
};
const fieldOf = (err: unknown) => (err as AppError).fields[0]?.field;

describe('WeChat OAuth login', () => {
  test('the authorize link is WeChat’s, to the H5 callback, with a state the login accepts', () => {
    const { svc } = service(exchanged());
    const { url, state: s, redirectUri } = svc.authorizeUrl('snsapi_base', { campaignId: '12', referrerId: '7' });
    const u = new URL(url);
    assert.equal(u.hash, '#wechat_redirect');
    assert.deepEqual([...u.searchParams.keys()], ['appid', 'redirect_uri', 'response_type', 'scope', 'state']);
    assert.equal(u.searchParams.get('redirect_uri'), redirectUri);
    assert.ok(redirectUri.endsWith('/wx/callback'));
    assert.equal(u.searchParams.get('state'), s);
  });

  test('answers the referral the state carried and the openid for pay; the account of this openid', async () => {
    const { svc, calls } = service(exchanged({ unionid: 'oUNION' }), { byOpenid: '5' });
    const answer: any = await svc.login('CODE', state(), client);
    assert.deepEqual(answer.referral, { campaignId: '12', referrerId: '7' });
    assert.deepEqual(answer.wechat, { openid: 'oOPENID', unionid: 'oUNION', scope: 'snsapi_base' });
    assert.equal(answer.userId, '5');
    assert.deepEqual(calls, ['link 5 oOPENID oUNION']);
  });

  test('an unknown openid: the account its UnionID logged in to, else the phone of the member with that UnionID, else a new one', async () => {
    assert.equal(((await service(exchanged({ unionid: 'u1' }), { byUnionid: '6' }).svc.login('C', state(), client)) as any).userId, '6');
    assert.equal(((await service(exchanged({ unionid: 'u1' }), { memberPhone: '13800000000', phoneUser: '8' }).svc.login('C', state(), client)) as any).userId, '8');
    const fresh = service(exchanged({ unionid: 'u1' }));
    assert.equal(((await fresh.svc.login('C', state(), client)) as any).userId, '99');
    assert.deepEqual(fresh.calls, ['create oOPENID']);
  });

  test('WeChat’s 40029 and 40163 name body.code; other refusals are 50250; a bad state is refused before the code is spent', async () => {
    await assert.rejects(service(refusing(40029)).svc.login('C', state(), client), (e) => e instanceof AppError && e.code === 40070 && fieldOf(e) === 'body.code');
    await assert.rejects(service(refusing(40163)).svc.login('C', state(), client), (e) => e instanceof AppError && e.code === 40071 && fieldOf(e) === 'body.code');
    await assert.rejects(service(refusing(40125)).svc.login('C', state(), client), (e) => e instanceof AppError && e.code === 50250);
    let asked = false;
    const spy: WechatGet = async () => ((asked = true), {});
    await assert.rejects(service(spy).svc.login('C', state().replace('X7X', 'X8X'), client), (e) => e instanceof AppError && e.code === 40072 && fieldOf(e) === 'body.state');
    assert.equal(asked, false, 'the code must stay unused');
  });

  test('a disabled account is refused', async () => {
    await assert.rejects(service(exchanged(), { byOpenid: '5', status: 'disabled' }).svc.login('C', state(), client), (e) => e instanceof AppError && e.code === 40150);
  });
});
