import { Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { IonButton, IonContent, IonHeader, IonSpinner, IonTitle, IonToolbar } from '@ionic/angular/standalone';
import { WechatOAuth } from '../core/wechat/wechat-oauth.service';
import { oauthFailureText } from '../core/wechat/oauth-flow';

/**
 * `/wx/callback?code=…&state=…`: where WeChat sends the user back after authorizing. Logs in with the code
 * and opens the campaign the link was for, its referral restored; a failure says what to do and offers
 * the phone login (no automatic retry: no loop).
 */
@Component({
  selector: 'app-wechat-callback-page',
  imports: [IonHeader, IonToolbar, IonTitle, IonContent, IonSpinner, IonButton, RouterLink],
  template: `
    <ion-header><ion-toolbar color="primary"><ion-title>微信登录</ion-title></ion-toolbar></ion-header>
    <ion-content>
      <main class="page-column">
        @if (problem(); as text) {
          <section class="card" role="alert">
            <h1>微信登录没有成功</h1>
            <p>{{ text }}</p>
            <ion-button expand="block" (click)="retry()">重新授权</ion-button>
            <ion-button expand="block" fill="outline" routerLink="/login" [queryParams]="{ method: 'sms' }">用手机号登录</ion-button>
          </section>
        } @else {
          <section class="card" aria-busy="true">
            <p role="status"><ion-spinner name="dots" aria-hidden="true" /> 正在通过微信登录…</p>
          </section>
        }
      </main>
    </ion-content>
  `,
})
export class WechatCallbackPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly oauth = inject(WechatOAuth);
  protected readonly problem = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const q = this.route.snapshot.queryParamMap;
    const code = q.get('code');
    const state = q.get('state') ?? '';
    if (!code) {
      this.problem.set('你没有同意微信授权；也可以用手机号登录');
      return;
    }
    try {
      const path = await this.oauth.complete(code, state);
      // null: on the way to WeChat's consent page (snsapi_userinfo, for the UnionID); it comes back here.
      if (path !== null) await this.router.navigateByUrl(path, { replaceUrl: true });
    } catch (err) {
      this.problem.set(oauthFailureText(err));
    }
  }

  protected async retry(): Promise<void> {
    try {
      await this.oauth.start({});
    } catch (err) {
      this.problem.set(oauthFailureText(err));
    }
  }
}
