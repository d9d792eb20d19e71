import { DOCUMENT } from '@angular/common';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../api/api.service';
import { Session } from '../auth/session-store';
import { Referrals } from '../referral/referral-memory';
import { needsWechatAuthorization, pathAfterAuthorization, userinfoNeeded } from './oauth-flow';
import { WechatIdentityStore } from './wechat-identity';

/** Where the app sends the browser to leave it (WeChat's authorize page); replaced in specs. */
export const BROWSER_LOCATION = new InjectionToken<Pick<Location, 'assign' | 'replace'>>('browser location', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).location,
});

export interface AuthorizationStart {
  campaignId?: string | null;
  /** The path a login without a campaign comes back to. */
  returnTo?: string | null;
  scope?: 'snsapi_base' | 'snsapi_userinfo';
  /** Leave this page out of the history (the callback page: its code works once, going back to it would fail). */
  replace?: boolean;
}

/**
 * WeChat web authorization in the H5 app: to WeChat with the campaign and the remembered referrer in the
 * API-signed `state`, and back on `/wx/callback`, where the code logs in (unless someone is signed in
 * already: then only the openid is kept), the openid is kept for JSAPI pay, the referral the state carried
 * is remembered again and the campaign opens with its `ref`. The first trip is `snsapi_base` (silent); when
 * its login brings no UnionID, one more trip asks `snsapi_userinfo` (WeChat's consent page), once per device.
 */
@Injectable({ providedIn: 'root' })
export class WechatOAuth {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private readonly referrals = inject(Referrals);
  private readonly wechat = inject(WechatIdentityStore);
  private readonly location = inject(BROWSER_LOCATION);

  /** Whether this page should go to WeChat by itself now. */
  needed(userAgent = globalThis.navigator?.userAgent ?? '', now = Date.now()): boolean {
    return needsWechatAuthorization({ userAgent, hasOpenid: this.wechat.identity() !== null, lastAttemptAt: this.wechat.lastAttemptAt(), now });
  }

  async start(from: AuthorizationStart): Promise<void> {
    const campaignId = from.campaignId ?? null;
    const ref = campaignId ? this.referrals.referrerFor(campaignId) : null;
    const link = await firstValueFrom(
      this.api.post('/api/v1/auth/wechat/authorize-url', {
        body: { scope: from.scope ?? 'snsapi_base', ...(campaignId && { campaignId }), ...(ref && { ref }) },
      }),
    );
    this.wechat.markAttempt(Date.now(), from.returnTo ?? null);
    if (from.scope === 'snsapi_userinfo') this.wechat.markUserinfoAsked(Date.now());
    if (from.replace) this.location.replace(link.url);
    else this.location.assign(link.url);
  }

  /**
   * The callback: answers the path to go to, or null when the page is leaving for WeChat's consent page
   * (a silent login without UnionID, userinfo never asked on this device). Signed in either way.
   */
  async complete(code: string, state: string): Promise<string | null> {
    const answer = await firstValueFrom(this.api.post('/api/v1/auth/wechat/oauth', { body: { code, state } }));
    const known = this.wechat.identity();
    const unionid = answer.wechat.unionid ?? (known?.openid === answer.wechat.openid ? known.unionid : null);
    this.wechat.remember({ openid: answer.wechat.openid, unionid });
    if (!this.session.token()) this.session.signIn(answer);
    const { campaignId, referrerId } = answer.referral;
    if (campaignId && referrerId) this.referrals.remember(campaignId, referrerId);
    const returnTo = this.wechat.returnTo();
    if (userinfoNeeded({ unionid, scope: answer.wechat.scope }, this.wechat.userinfoAsked())) {
      try {
        // Replacing the callback: a refusal on WeChat's consent page does not come back, and the way back
        // leads to the page before the login, where the user is signed in now.
        await this.start({ campaignId, returnTo, scope: 'snsapi_userinfo', replace: true });
        return null;
      } catch {
        // The API could not make the link: the login stands without the UnionID, the page opens as usual.
      }
    }
    return pathAfterAuthorization(answer.referral, returnTo);
  }
}
