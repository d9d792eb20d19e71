import { DOCUMENT } from '@angular/common';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../api/api.service';
import { Session } from '../auth/session-store';
import { Referrals } from '../referral/referral-memory';
import { needsWechatAuthorization, pathAfterAuthorization } from './oauth-flow';
import { WechatIdentityStore } from './wechat-identity';

/** Where the app sends the browser to leave it (WeChat's authorize page); replaced in specs. */
export const BROWSER_LOCATION = new InjectionToken<Pick<Location, 'assign'>>('browser location', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).location,
});

export interface AuthorizationStart {
  campaignId?: string | null;
  /** The path a login without a campaign comes back to. */
  returnTo?: string | null;
  scope?: 'snsapi_base' | 'snsapi_userinfo';
}

/**
 * WeChat web authorization in the H5 app: to WeChat with the campaign and the remembered referrer in the
 * API-signed `state`, and back on `/wx/callback`, where the code logs in (unless someone is signed in
 * already: then only the openid is kept), the openid is kept for JSAPI pay, the referral the state carried
 * is remembered again and the campaign opens with its `ref`.
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
    this.location.assign(link.url);
  }

  /** The callback: answers the path to go to. */
  async complete(code: string, state: string): Promise<string> {
    const answer = await firstValueFrom(this.api.post('/api/v1/auth/wechat/oauth', { body: { code, state } }));
    this.wechat.remember({ openid: answer.wechat.openid, unionid: answer.wechat.unionid });
    if (!this.session.token()) this.session.signIn(answer);
    const { campaignId, referrerId } = answer.referral;
    if (campaignId && referrerId) this.referrals.remember(campaignId, referrerId);
    return pathAfterAuthorization(answer.referral, this.wechat.returnTo());
  }
}
