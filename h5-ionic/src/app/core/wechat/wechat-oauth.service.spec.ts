import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { Api } from '../api/api.service';
import { Session, SESSION_STORAGE_KEY } from '../auth/session-store';
import { REFERRAL_STORAGE_KEY, Referrals } from '../referral/referral-memory';
import { OAUTH_ATTEMPT_KEY, OAUTH_USERINFO_ASKED_KEY, WECHAT_IDENTITY_KEY } from './wechat-identity';
import { BROWSER_LOCATION, WechatOAuth } from './wechat-oauth.service';

const AUTHORIZE = 'http://127.0.0.1:8890/connect/oauth2/authorize?appid=wx&redirect_uri=x&response_type=code&scope=snsapi_base&state=S1X12X7X1X0#wechat_redirect';
const tokens = (userId: string) => ({ tokenType: 'Bearer', accessToken: `token-${userId}`, expiresIn: 86_400, refreshToken: 'r', refreshExpiresIn: 1, passwordExpired: false, user: { userId, username: 'wx', roles: ['participant'], permissions: [], brandIds: [], sessionId: null } });

function clearStorage(): void {
  for (const key of [SESSION_STORAGE_KEY, REFERRAL_STORAGE_KEY, WECHAT_IDENTITY_KEY, OAUTH_USERINFO_ASKED_KEY]) localStorage.removeItem(key);
  sessionStorage.removeItem(OAUTH_ATTEMPT_KEY);
}

describe('WechatOAuth: the referral across the WeChat redirect', () => {
  let api: jasmine.SpyObj<Api>;
  let location: { assign: jasmine.Spy; replace: jasmine.Spy };

  /** A fresh app, as after WeChat's redirect reloads the page (same storage, new services). */
  function boot(): WechatOAuth {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: Api, useValue: api }, { provide: BROWSER_LOCATION, useValue: location }] });
    return TestBed.inject(WechatOAuth);
  }

  beforeEach(() => {
    clearStorage();
    api = jasmine.createSpyObj<Api>('Api', ['post']);
    location = { assign: jasmine.createSpy('assign'), replace: jasmine.createSpy('replace') };
  });
  afterEach(clearStorage);

  it('sends the remembered referrer into the state, goes to WeChat, and comes back to the campaign with it', async () => {
    let oauth = boot();
    TestBed.inject(Referrals).remember('12', '7');
    api.post.and.returnValue(of({ url: AUTHORIZE, state: 'S1X12X7X1X0', redirectUri: 'x' }) as any);
    await oauth.start({ campaignId: '12' });
    expect(api.post).toHaveBeenCalledWith('/api/v1/auth/wechat/authorize-url', { body: { scope: 'snsapi_base', campaignId: '12', ref: '7' } } as any);
    expect(location.assign).toHaveBeenCalledWith(AUTHORIZE);

    oauth = boot();
    expect(oauth.needed('MicroMessenger/8.0', Date.now())).withContext('no second trip right after the first').toBeFalse();
    api.post.and.returnValue(of({ ...tokens('5'), wechat: { openid: 'oOPENID', unionid: 'uUNION', scope: 'snsapi_base' }, referral: { campaignId: '12', referrerId: '7' } }) as any);
    expect(await oauth.complete('CODE', 'S1X12X7X1X0')).toBe('/c/12?ref=7');
    expect(TestBed.inject(Referrals).referrerFor('12')).toBe('7');
    expect(TestBed.inject(Session).token()).toBe('token-5');
    expect(oauth.needed('MicroMessenger/8.0', Date.now() + 3_600_000)).withContext('the openid is known now').toBeFalse();
  });

  it('restores the referral from the signed state even when the browser lost its storage on the way', async () => {
    let oauth = boot();
    TestBed.inject(Referrals).remember('12', '7');
    api.post.and.returnValue(of({ url: AUTHORIZE, state: 's', redirectUri: 'x' }) as any);
    await oauth.start({ campaignId: '12' });
    clearStorage();

    oauth = boot();
    expect(TestBed.inject(Referrals).referrerFor('12')).toBeNull();
    api.post.and.returnValue(of({ ...tokens('5'), wechat: { openid: 'o1', unionid: 'u1', scope: 'snsapi_base' }, referral: { campaignId: '12', referrerId: '7' } }) as any);
    expect(await oauth.complete('CODE', 's')).toBe('/c/12?ref=7');
    expect(TestBed.inject(Referrals).referrerFor('12')).toBe('7');
  });

  it('keeps whoever is signed in already (only the openid is added) and a newer link’s referral is not replaced by an empty state', async () => {
    const oauth = boot();
    TestBed.inject(Session).signIn(tokens('3') as any);
    TestBed.inject(Referrals).remember('12', '9');
    api.post.and.returnValue(of({ ...tokens('5'), wechat: { openid: 'o1', unionid: 'u1', scope: 'snsapi_base' }, referral: { campaignId: '12', referrerId: null } }) as any);
    expect(await oauth.complete('CODE', 's')).toBe('/c/12');
    expect(TestBed.inject(Session).current()?.userId).toBe('3');
    expect(TestBed.inject(Referrals).referrerFor('12')).toBe('9');
    expect(JSON.parse(localStorage.getItem(WECHAT_IDENTITY_KEY)!).openid).toBe('o1');
  });

  it('a silent login without UnionID asks snsapi_userinfo once, replacing the callback, the referral carried again; then never again', async () => {
    let oauth = boot();
    TestBed.inject(Referrals).remember('12', '7');
    const login = (unionid: string | null, scope: string) =>
      api.post.and.returnValue(of({ ...tokens('5'), wechat: { openid: 'o1', unionid, scope }, referral: { campaignId: '12', referrerId: '7' } }) as any);
    const authorize = jasmine.createSpy('authorize-url').and.returnValue(of({ url: AUTHORIZE.replace('snsapi_base', 'snsapi_userinfo'), state: 's2', redirectUri: 'x' }));
    api.post.and.callFake(((path: string, options: unknown) =>
      path === '/api/v1/auth/wechat/authorize-url' ? authorize(path, options) : of({ ...tokens('5'), wechat: { openid: 'o1', unionid: null, scope: 'snsapi_base' }, referral: { campaignId: '12', referrerId: '7' } })) as any);
    expect(await oauth.complete('CODE1', 's1')).withContext('leaving for the consent page').toBeNull();
    expect(authorize).toHaveBeenCalledWith('/api/v1/auth/wechat/authorize-url', { body: { scope: 'snsapi_userinfo', campaignId: '12', ref: '7' } });
    expect(location.replace).toHaveBeenCalledWith(AUTHORIZE.replace('snsapi_base', 'snsapi_userinfo'));
    expect(location.assign).not.toHaveBeenCalled();
    expect(TestBed.inject(Session).token()).withContext('signed in by the silent login already').toBe('token-5');

    oauth = boot();
    login('uUNION', 'snsapi_userinfo');
    expect(await oauth.complete('CODE2', 's2')).toBe('/c/12?ref=7');
    expect(JSON.parse(localStorage.getItem(WECHAT_IDENTITY_KEY)!).unionid).toBe('uUNION');

    oauth = boot();
    login(null, 'snsapi_base');
    expect(await oauth.complete('CODE3', 's3')).withContext('a later silent login keeps the known UnionID and asks nothing').toBe('/c/12?ref=7');
    expect(JSON.parse(localStorage.getItem(WECHAT_IDENTITY_KEY)!).unionid).toBe('uUNION');
    expect(location.replace).toHaveBeenCalledTimes(1);
  });

  it('asked once: a refused or abandoned consent is not asked again on this device', async () => {
    localStorage.setItem(OAUTH_USERINFO_ASKED_KEY, '1');
    const oauth = boot();
    api.post.and.returnValue(of({ ...tokens('5'), wechat: { openid: 'o9', unionid: null, scope: 'snsapi_base' }, referral: { campaignId: '12', referrerId: null } }) as any);
    expect(await oauth.complete('CODE', 's')).toBe('/c/12');
    expect(location.replace).not.toHaveBeenCalled();
  });
});
