import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { AppError } from '../../common/app-error';
import { logger } from '../../common/logger';
import { z } from '../../common/zod';
import { config } from '../../config';
import { wechatGet, WechatRefusal, type WechatGet } from '../../wechat/wechat-api.client';
import type { Client } from '../sessions.service';
import { PhoneUsersRepository } from '../sms/phone-users.repository';
import { issueTokenPair } from '../token-pair';
import { signOAuthState, verifyOAuthState, type OAuthReferral } from './oauth-state';
import { WechatIdentitiesRepository } from './wechat-identities.repository';

export type OAuthScope = 'snsapi_base' | 'snsapi_userinfo';

/** Where WeChat sends the user back: the H5 app's one callback page. */
export const OAUTH_CALLBACK_PATH = '/wx/callback';

const exchangeAnswer = z.object({ openid: z.string().min(1).max(128), unionid: z.string().min(1).max(100).optional(), scope: z.string().default('snsapi_base'), access_token: z.string().min(1) });
const userinfoAnswer = z.object({ unionid: z.string().min(1).max(100).optional() });

export interface WechatUser {
  openid: string;
  unionid: string | null;
  scope: string;
}

type Identities = Pick<WechatIdentitiesRepository, keyof WechatIdentitiesRepository>;
type Phones = Pick<PhoneUsersRepository, 'findByPhone'>;

const field = (name: string, code: string, message: string) => [{ field: `body.${name}`, code, message }];

/**
 * Log in by WeChat web authorization. The authorize link is built here (the redirect is always the H5
 * app's callback, the `state` signed and carrying the campaign and referrer); the code is exchanged once
 * at WeChat (40029 → 40070, 40163 → 40071); the account is the one this openid logged in to before, else
 * the one its UnionID logged in to (another app), else the account of the phone of the member with that
 * UnionID (members are matched by UnionID then phone at sign-up), else a new participant account.
 */
export class WechatLoginService {
  constructor(
    private readonly get: WechatGet = wechatGet(),
    private readonly identities: Identities = new WechatIdentitiesRepository(),
    private readonly phones: Phones = new PhoneUsersRepository(),
    private readonly issue: typeof issueTokenPair = issueTokenPair,
    private readonly now = () => Date.now(),
  ) {}

  authorizeUrl(scope: OAuthScope, referral: OAuthReferral): { url: string; state: string; redirectUri: string } {
    const c = config();
    const state = signOAuthState(c.JWT_SECRET, referral, this.now());
    const redirectUri = new URL(OAUTH_CALLBACK_PATH, c.H5_PUBLIC_URL).toString();
    const url = new URL(c.WECHAT_OAUTH_AUTHORIZE_URL);
    // WeChat reads the parameters in this order and needs the #wechat_redirect fragment.
    url.search = new URLSearchParams({ appid: c.WECHATPAY_APPID, redirect_uri: redirectUri, response_type: 'code', scope, state }).toString();
    url.hash = 'wechat_redirect';
    return { url: url.toString(), state, redirectUri };
  }

  async login(code: string, state: string, client: Client) {
    const referral = verifyOAuthState(config().JWT_SECRET, state, this.now());
    if (!referral) throw new AppError('WECHAT_STATE_INVALID', undefined, field('state', 'invalid', 'not issued here, edited or expired: open the link again'));
    const wechat = await this.exchange(code);
    const userId = await this.accountOf(wechat);
    const tokens = await this.issue(userId, client);
    return { ...tokens, wechat, referral };
  }

  async exchange(code: string): Promise<WechatUser> {
    const c = config();
    let answer: Record<string, unknown>;
    try {
      answer = await this.get('/sns/oauth2/access_token', { appid: c.WECHATPAY_APPID, secret: c.WECHAT_APP_SECRET, code, grant_type: 'authorization_code' });
    } catch (err) {
      throw this.refusalToError(err);
    }
    const parsed = exchangeAnswer.safeParse(answer);
    if (!parsed.success) throw new AppError('WECHAT_UNAVAILABLE');
    let unionid = parsed.data.unionid ?? null;
    if (parsed.data.scope === 'snsapi_userinfo' && unionid === null) {
      try {
        const info = userinfoAnswer.parse(await this.get('/sns/userinfo', { access_token: parsed.data.access_token, openid: parsed.data.openid, lang: 'zh_CN' }));
        unionid = info.unionid ?? null;
      } catch (err) {
        logger.warn({ err }, 'WeChat userinfo failed; logging in by openid only');
      }
    }
    return { openid: parsed.data.openid, unionid, scope: parsed.data.scope };
  }

  private refusalToError(err: unknown): unknown {
    if (!(err instanceof WechatRefusal)) return err;
    if (err.errcode === 40029) return new AppError('WECHAT_CODE_INVALID', undefined, field('code', 'invalid', 'invalid or expired (a code lives 5 minutes): authorize again'));
    if (err.errcode === 40163) return new AppError('WECHAT_CODE_USED', undefined, field('code', 'used', 'a code works once: authorize again'));
    logger.error({ errcode: err.errcode, errmsg: err.errmsg }, 'WeChat refused the code exchange (appid or secret misconfigured?)');
    return new AppError('WECHAT_UNAVAILABLE');
  }

  private async accountOf(w: WechatUser): Promise<string> {
    const appid = config().WECHATPAY_APPID;
    for (let attempt = 0; attempt < 2; attempt++) {
      const known = (await this.identities.byOpenid(appid, w.openid)) ?? (w.unionid ? await this.identities.byUnionid(w.unionid) : null) ?? (await this.byMemberPhone(w.unionid));
      if (known) {
        if (known.status !== 'active') throw new AppError('LOGIN_FAILED');
        await this.identities.link(known.id, appid, w.openid, w.unionid);
        return known.id;
      }
      const hash = await bcrypt.hash(randomBytes(32).toString('base64url'), config().BCRYPT_ROUNDS);
      const created = await this.identities.createParticipant(appid, w.openid, w.unionid, hash);
      if (created) return created;
    }
    throw new AppError('LOGIN_FAILED');
  }

  private async byMemberPhone(unionid: string | null) {
    if (!unionid) return null;
    const phone = await this.identities.memberPhone(unionid);
    return phone ? this.phones.findByPhone(phone) : null;
  }
}
