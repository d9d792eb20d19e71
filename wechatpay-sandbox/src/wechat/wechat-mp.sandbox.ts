/**
 * The WeChat Official Account (公众号) side the H5 app needs, played locally: web authorization (网页授权:
 * authorize → code → /sns/oauth2/access_token → /sns/userinfo) and the access_token / jsapi_ticket of the
 * JS-SDK. The state lives in memory; the HTTP face is wechat-mp.routes.ts. Each refusal is
 * WeChat's own `{errcode, errmsg}`: a code is single use (40163 once used) and lives 5 minutes (40029 after).
 */
import { randomBytes } from 'node:crypto';
import { SANDBOX_APP_SECRET } from '@dmh/shared/dist/wechatpay';

export const OAUTH_CODE_TTL_MS = 5 * 60_000;
export const TOKEN_TTL_SECONDS = 7200;

export type OAuthScope = 'snsapi_base' | 'snsapi_userinfo';

/** A WeChat user of the sandbox: the openid is per app, the UnionID (when the app is bound) across apps. */
export interface SandboxWechatUser {
  openid: string;
  unionid: string | null;
  nickname: string;
}

/** WeChat's refusal: HTTP 200 with a non-zero errcode, as the real servers answer. */
export class WechatApiRefusal extends Error {
  constructor(readonly errcode: number, readonly errmsg: string) {
    super(`${errcode} ${errmsg}`);
  }
  body(): { errcode: number; errmsg: string } {
    return { errcode: this.errcode, errmsg: `${this.errmsg}, rid: ${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}` };
  }
}

interface IssuedCode {
  openid: string;
  scope: OAuthScope;
  expiresAt: number;
  used: boolean;
}

const token = (bytes = 48) => randomBytes(bytes).toString('base64url');
/** Real openids are 28 characters starting with `o`; UnionIDs likewise with `o`/`u`. */
const openidLike = (prefix: string) => prefix + randomBytes(21).toString('base64url').slice(0, 27);

export class WechatMpSandbox {
  private readonly users = new Map<string, SandboxWechatUser>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly snsTokens = new Map<string, { openid: string; scope: OAuthScope; expiresAt: number }>();
  private readonly appTokens = new Map<string, number>();
  private ticket: { value: string; expiresAt: number } | null = null;
  /** How often the credentials were fetched: tests check that the API caches them. */
  readonly calls = { token: 0, ticket: 0 };

  constructor(
    readonly appid: string,
    private readonly secret: string = SANDBOX_APP_SECRET,
    private readonly now: () => number = Date.now,
  ) {}

  /** A known user, or a new one (with a UnionID unless told `unionid: null`). */
  user(openid?: string, init: Partial<Omit<SandboxWechatUser, 'openid'>> = {}): SandboxWechatUser {
    const existing = openid ? this.users.get(openid) : undefined;
    if (existing && Object.keys(init).length === 0) return existing;
    const user: SandboxWechatUser = {
      openid: openid ?? openidLike('o'),
      unionid: init.unionid === undefined ? existing?.unionid ?? openidLike('u') : init.unionid,
      nickname: init.nickname ?? existing?.nickname ?? '微信用户',
    };
    this.users.set(user.openid, user);
    return user;
  }

  /** What the user's tap on an authorize link yields: a code for this app, single use, 5 minutes. */
  issueCode(openid: string, scope: OAuthScope): string {
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, { openid, scope, expiresAt: this.now() + OAUTH_CODE_TTL_MS, used: false });
    return code;
  }

  checkApp(appid: unknown, secret?: unknown): void {
    if (appid !== this.appid) throw new WechatApiRefusal(40013, 'invalid appid');
    if (secret !== undefined && secret !== this.secret) throw new WechatApiRefusal(40125, 'invalid appsecret');
  }

  /** GET /sns/oauth2/access_token. */
  exchangeCode(q: Record<string, unknown>) {
    this.checkApp(q.appid, q.secret ?? '');
    if (q.grant_type !== 'authorization_code') throw new WechatApiRefusal(40002, 'invalid grant_type');
    if (typeof q.code !== 'string' || q.code === '') throw new WechatApiRefusal(41008, 'missing code');
    const issued = this.codes.get(q.code);
    if (!issued || issued.expiresAt <= this.now()) throw new WechatApiRefusal(40029, 'invalid code');
    if (issued.used) throw new WechatApiRefusal(40163, 'code been used');
    issued.used = true;
    const user = this.user(issued.openid);
    const accessToken = token();
    this.snsTokens.set(accessToken, { openid: user.openid, scope: issued.scope, expiresAt: this.now() + TOKEN_TTL_SECONDS * 1000 });
    return {
      access_token: accessToken,
      expires_in: TOKEN_TTL_SECONDS,
      refresh_token: token(),
      openid: user.openid,
      scope: issued.scope,
      is_snapshotuser: 0,
      ...(user.unionid && { unionid: user.unionid }),
    };
  }

  /** GET /sns/userinfo: only for a token of scope snsapi_userinfo (48001 otherwise). */
  userinfo(q: Record<string, unknown>) {
    const t = typeof q.access_token === 'string' ? this.snsTokens.get(q.access_token) : undefined;
    if (!t || t.expiresAt <= this.now()) throw new WechatApiRefusal(40001, 'invalid credential, access_token is invalid or not latest');
    if (q.openid !== t.openid) throw new WechatApiRefusal(40003, 'invalid openid');
    if (t.scope !== 'snsapi_userinfo') throw new WechatApiRefusal(48001, 'api unauthorized');
    const user = this.user(t.openid);
    return {
      openid: user.openid, nickname: user.nickname, sex: 0, province: '', city: '', country: '', headimgurl: '', privilege: [],
      ...(user.unionid && { unionid: user.unionid }),
    };
  }

  /** GET /cgi-bin/token: the app's access token (not the user's). */
  appToken(q: Record<string, unknown>) {
    if (q.grant_type !== 'client_credential') throw new WechatApiRefusal(40002, 'invalid grant_type');
    this.checkApp(q.appid, q.secret ?? '');
    this.calls.token++;
    const accessToken = token();
    this.appTokens.set(accessToken, this.now() + TOKEN_TTL_SECONDS * 1000);
    return { access_token: accessToken, expires_in: TOKEN_TTL_SECONDS };
  }

  /** GET /cgi-bin/ticket/getticket?type=jsapi: the ticket JS-SDK signatures are made with. */
  jsapiTicket(q: Record<string, unknown>) {
    const expiresAt = typeof q.access_token === 'string' ? this.appTokens.get(q.access_token) : undefined;
    if (expiresAt === undefined || expiresAt <= this.now()) throw new WechatApiRefusal(40001, 'invalid credential, access_token is invalid or not latest');
    if (q.type !== 'jsapi') throw new WechatApiRefusal(40097, 'invalid args');
    this.calls.ticket++;
    this.ticket = { value: token(64), expiresAt: this.now() + TOKEN_TTL_SECONDS * 1000 };
    return { errcode: 0, errmsg: 'ok', ticket: this.ticket.value, expires_in: TOKEN_TTL_SECONDS };
  }

  /** The ticket last issued (tests recompute a signature with it). */
  currentTicket(): string | null {
    return this.ticket && this.ticket.expiresAt > this.now() ? this.ticket.value : null;
  }
}
