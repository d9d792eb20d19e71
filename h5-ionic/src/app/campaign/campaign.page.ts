import { Component, computed, inject, input, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { IonButton, IonButtons, IonContent, IonHeader, IonSkeletonText, IonTitle, IonToolbar } from '@ionic/angular/standalone';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/api.service';
import { ApiError } from '../core/api/api-error';
import { takeEarlyPage } from '../core/api/early-page';
import { errorText } from '../core/api/error-text';
import { Referrals } from '../core/referral/referral-memory';
import { Session } from '../core/auth/session-store';
import { WechatOAuth } from '../core/wechat/wechat-oauth.service';
import { shareContent } from '../core/wechat/wechat-share';
import { WechatShare } from '../core/wechat/wechat-share.service';
import { SignupForm } from '../signup/signup-form';
import { type CampaignScreen, chinaTime, closedReasonOf, fromCampaign, fromPage, type PageBlock, seatsText, timeLeft, windowOf } from './campaign-view';

type Load = { state: 'loading' } | { state: 'ready'; screen: CampaignScreen } | { state: 'missing' } | { state: 'failed'; message: string };

/**
 * A campaign opened from a distributor's link (`/c/:campaignId?ref=…`): the referral is remembered first,
 * before anything can fail or redirect; then the published designer page renders block by block (or,
 * without one, the campaign's own fields), with the sign-up form.
 */
@Component({
  selector: 'app-campaign-page',
  imports: [IonHeader, IonToolbar, IonTitle, IonButtons, IonContent, IonSkeletonText, IonButton, SignupForm, RouterLink],
  templateUrl: './campaign.page.html',
  styleUrl: './campaign.page.scss',
})
export class CampaignPage {
  readonly campaignId = input.required<string>();
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(Api);
  private readonly referrals = inject(Referrals);
  private readonly router = inject(Router);
  private readonly wechat = inject(WechatOAuth);
  private readonly wechatShare = inject(WechatShare);
  protected readonly session = inject(Session);
  /** The login comes back here, `ref` and all. */
  protected readonly here = () => this.router.url;

  readonly load = signal<Load>({ state: 'loading' });
  readonly now = signal(Date.now());
  readonly screen = computed(() => {
    const l = this.load();
    return l.state === 'ready' ? l.screen : null;
  });
  readonly window = computed(() => {
    const s = this.screen();
    return s ? windowOf(s.campaign, this.now()) : null;
  });
  readonly closedReason = computed(() => {
    const s = this.screen();
    const w = this.window();
    return s && w ? closedReasonOf(s, w) : null;
  });
  readonly chinaTime = chinaTime;
  readonly seatsText = seatsText;
  /** What the share button did, in words ("链接已复制"), or null. */
  readonly shared = signal<string | null>(null);
  private timer: ReturnType<typeof setInterval> | null = null;

  ngOnInit(): void {
    this.referrals.remember(this.campaignId(), this.route.snapshot.queryParamMap.get('ref'));
    // Inside WeChat without an openid yet: to WeChat's authorize page, the referral in the signed state (the page
    // still loads meanwhile, and stays usable if the trip cannot start).
    if (this.wechat.needed() && !this.route.snapshot.queryParamMap.has('preview')) void this.wechat.start({ campaignId: this.campaignId() }).catch(() => undefined);
    void this.fetch();
    this.timer = setInterval(() => this.now.set(Date.now()), 30_000);
  }

  ngOnDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  left(iso: string): string | null {
    return timeLeft(iso, this.now());
  }

  async fetch(): Promise<void> {
    this.load.set({ state: 'loading' });
    const id = this.campaignId();
    if (!/^[1-9]\d{0,18}$/.test(id)) {
      this.load.set({ state: 'missing' });
      return;
    }
    const preview = this.route.snapshot.queryParamMap.get('preview') ?? undefined;
    const early = preview ? null : await takeEarlyPage(id);
    if (early) return this.ready(fromPage(early));
    try {
      const page = await firstValueFrom(this.api.get('/api/v1/campaigns/{id}/page', { params: { id }, query: preview ? { preview } : {} }));
      this.ready(fromPage(page));
    } catch (err) {
      if (preview) return this.failed(err);
      if (!(err instanceof ApiError && err.status === 404)) return this.failed(err);
      // No published designer page (or no such campaign): the campaign's own fields.
      try {
        const detail = await firstValueFrom(this.api.get('/api/v1/campaigns/{id}', { params: { id } }));
        this.ready(fromCampaign(detail));
      } catch (again) {
        if (again instanceof ApiError && again.status === 404) this.load.set({ state: 'missing' });
        else this.failed(again);
      }
    }
  }

  /** The share button: the phone's share sheet where there is one, else the link copied. The referral stays on the link. */
  async share(block: Extract<PageBlock, { type: 'share' }>): Promise<void> {
    const url = location.href.replace(/([?&])preview=[^&]*&?/, '$1').replace(/[?&]$/, '');
    try {
      if (navigator.share) {
        await navigator.share({ title: block.title, text: block.description, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.shared.set('链接已复制，发给好友即可');
    } catch (err) {
      if ((err as Error)?.name !== 'AbortError') this.shared.set(`请复制浏览器地址栏中的链接分享：${url}`);
    }
  }

  /** Shows the page; inside WeChat the share card (title, cover, this link with its ref) is configured too. */
  private ready(screen: CampaignScreen): void {
    this.load.set({ state: 'ready', screen });
    if (screen.preview) return;
    const c = screen.campaign;
    void this.wechatShare.configure(shareContent(screen.title, c.description, location.href, c.coverImage, location.origin));
  }

  private failed(err: unknown): void {
    this.load.set({ state: 'failed', message: errorText(err) });
  }
}
