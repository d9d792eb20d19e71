import { Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { IonButton, IonContent, IonHeader, IonInput, IonItem, IonSpinner, IonTitle, IonToolbar } from '@ionic/angular/standalone';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/api.service';
import { referralIn, safeReturnTo } from '../core/auth/return-to';
import { Session } from '../core/auth/session-store';
import { Referrals } from '../core/referral/referral-memory';
import { isWeChat, oauthFailureText } from '../core/wechat/oauth-flow';
import { WechatOAuth } from '../core/wechat/wechat-oauth.service';
import { WechatIdentityStore } from '../core/wechat/wechat-identity';
import { checkCode, checkPhone, type LoginField, placeLoginError, secondsLeft } from './login-model';

/**
 * Log in by phone + SMS code (`/login?returnTo=…`): get a code (a countdown until another may be asked),
 * type it, come back where the login was asked from. A referral in the return path is remembered first,
 * so a consumer who arrives by a distributor's link and logs in still signs up under that distributor.
 */
@Component({
  selector: 'app-login-page',
  imports: [IonHeader, IonToolbar, IonTitle, IonContent, IonItem, IonInput, IonButton, IonSpinner],
  templateUrl: './login.page.html',
  styleUrl: './login.page.scss',
})
export class LoginPage {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly referrals = inject(Referrals);
  private readonly wechat = inject(WechatOAuth);
  private readonly wechatMemory = inject(WechatIdentityStore);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly returnTo = safeReturnTo(this.query.get('returnTo'));

  protected readonly phone = signal('');
  protected readonly code = signal('');
  protected readonly errors = signal<Partial<Record<LoginField, string>>>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly sendingCode = signal(false);
  protected readonly inWechat = isWeChat(globalThis.navigator?.userAgent ?? '');
  protected readonly loggingIn = signal(false);
  private readonly resendAt = signal<number | null>(null);
  private readonly now = signal(Date.now());
  protected readonly wait = computed(() => secondsLeft(this.resendAt(), this.now()));
  private ticker: ReturnType<typeof setInterval> | null = null;

  ngOnInit(): void {
    const referral = referralIn(this.returnTo);
    if (referral) this.referrals.remember(referral.campaignId, referral.ref);
    // Inside WeChat the login is WeChat's (once per tab: after a refusal or a failure, the SMS form below).
    if (this.wechatNeeded()) void this.logInWithWechat(referral?.campaignId ?? null);
  }

  private wechatNeeded(): boolean {
    const last = this.wechatMemory.lastAttemptAt();
    // `?method=sms` (the callback's 用手机号登录) stays on the SMS form.
    if (this.query.get('method') === 'sms') return false;
    return isWeChat(globalThis.navigator?.userAgent ?? '') && (last === null || Date.now() - last > 60_000);
  }

  protected async logInWithWechat(campaignId: string | null = referralIn(this.returnTo)?.campaignId ?? null): Promise<void> {
    this.problem.set(null);
    try {
      await this.wechat.start({ campaignId, returnTo: this.returnTo });
    } catch (err) {
      this.problem.set(oauthFailureText(err));
    }
  }

  ngOnDestroy(): void {
    if (this.ticker) clearInterval(this.ticker);
  }

  protected setPhone(value: string | null | undefined): void {
    this.phone.set((value ?? '').replace(/\s/g, ''));
    this.errors.update(({ phone: _, ...rest }) => rest);
  }

  protected setCode(value: string | null | undefined): void {
    this.code.set((value ?? '').trim());
    this.errors.update(({ code: _, ...rest }) => rest);
  }

  protected async sendCode(): Promise<void> {
    if (this.sendingCode() || this.wait() > 0) return;
    const phoneProblem = checkPhone(this.phone());
    this.problem.set(null);
    if (phoneProblem) return this.errors.set({ phone: phoneProblem });
    this.sendingCode.set(true);
    try {
      const sent = await firstValueFrom(this.api.post('/api/v1/auth/sms/code', { body: { phone: this.phone() } }));
      this.startCountdown(sent.resendAfter);
      this.notice.set(`验证码已发送至 ${this.phone().slice(0, 3)}****${this.phone().slice(7)}，${Math.round(sent.expiresIn / 60)} 分钟内有效`);
    } catch (err) {
      const placed = placeLoginError(err);
      if (placed.waitSeconds) this.startCountdown(placed.waitSeconds);
      this.place(placed);
    } finally {
      this.sendingCode.set(false);
    }
  }

  protected async logIn(): Promise<void> {
    if (this.loggingIn()) return;
    const problems: Partial<Record<LoginField, string>> = {};
    const p = checkPhone(this.phone());
    const c = checkCode(this.code());
    if (p) problems.phone = p;
    if (c) problems.code = c;
    this.errors.set(problems);
    this.problem.set(null);
    if (p || c) return;
    this.loggingIn.set(true);
    try {
      const answer = await firstValueFrom(this.api.post('/api/v1/auth/sms/login', { body: { phone: this.phone(), code: this.code() } }));
      this.session.signIn(answer);
      await this.router.navigateByUrl(this.returnTo, { replaceUrl: true });
    } catch (err) {
      this.place(placeLoginError(err));
    } finally {
      this.loggingIn.set(false);
    }
  }

  private place(placed: { field: LoginField | null; text: string }): void {
    if (placed.field) this.errors.update((all) => ({ ...all, [placed.field!]: placed.text }));
    else this.problem.set(placed.text);
  }

  private startCountdown(seconds: number): void {
    this.resendAt.set(Date.now() + seconds * 1000);
    this.now.set(Date.now());
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      this.now.set(Date.now());
      if (this.wait() === 0 && this.ticker) clearInterval(this.ticker);
    }, 1000);
  }
}
