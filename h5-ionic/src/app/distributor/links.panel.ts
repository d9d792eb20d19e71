import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import type { Data } from '@dmh/api-client';
import { IonButton, IonSkeletonText } from '@ionic/angular/standalone';
import { firstValueFrom, timeout } from 'rxjs';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';
import { load, LOAD_TIMEOUT_MS } from '../core/api/load';
import { isWeChat } from './distributor-model';

type Link = Data<'/api/v1/distributor/links', 'get'>['items'][number];
type Campaign = Data<'/api/v1/me/promotable-campaigns', 'get'>['items'][number];
type Row = { campaign: Campaign; link: Link | null };

/**
 * 推广: a link per running campaign of the brand (made on demand), with copy and share, and the poster:
 * inside WeChat an image to long-press (a download does nothing there), elsewhere a download.
 */
@Component({
  selector: 'app-links-panel',
  imports: [IonButton, IonSkeletonText],
  templateUrl: './links.panel.html',
  styleUrl: './links.panel.scss',
})
export class LinksPanel {
  readonly brandId = input.required<string>();
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  protected readonly rows = signal<Row[] | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly poster = signal<{ campaignName: string; url: string } | null>(null);
  protected readonly inWeChat = isWeChat(globalThis.navigator?.userAgent ?? '');
  protected readonly empty = computed(() => this.rows()?.length === 0);

  ngOnInit(): void {
    void this.fetch();
  }

  ngOnDestroy(): void {
    this.closePoster();
  }

  protected async fetch(): Promise<void> {
    this.problem.set(null);
    try {
      const [campaigns, links] = await Promise.all([
        load(this.api.get('/api/v1/me/promotable-campaigns', {})),
        load(this.api.get('/api/v1/distributor/links', { query: { brandId: this.brandId(), page: 1, pageSize: 100 } })),
      ]);
      const byCampaign = new Map(links.items.map((l) => [l.campaignId, l]));
      this.rows.set(campaigns.items.filter((c) => c.brandId === this.brandId()).map((campaign) => ({ campaign, link: byCampaign.get(campaign.campaignId) ?? null })));
    } catch (err) {
      this.problem.set(errorText(err));
    }
  }

  protected async makeLink(row: Row): Promise<void> {
    this.busy.set(row.campaign.campaignId);
    try {
      const link = await load(this.api.post('/api/v1/distributor/link/generate', { body: { campaignId: row.campaign.campaignId } }));
      this.rows.update((rows) => rows?.map((r) => (r.campaign.campaignId === row.campaign.campaignId ? { ...r, link } : r)) ?? null);
    } catch (err) {
      this.problem.set(errorText(err));
    } finally {
      this.busy.set(null);
    }
  }

  protected async copy(link: Link): Promise<void> {
    try {
      await navigator.clipboard.writeText(link.url);
      this.notice.set('链接已复制，粘贴发送给好友即可');
    } catch {
      this.notice.set(`请长按复制链接：${link.url}`);
    }
  }

  protected async share(row: Row & { link: Link }): Promise<void> {
    if (typeof navigator.share !== 'function') return this.copy(row.link);
    try {
      await navigator.share({ title: row.campaign.name, text: `${row.campaign.name}，¥${row.campaign.price}`, url: row.link.url });
    } catch {
      // The user closed the share sheet: nothing to say.
    }
  }

  /** The poster is behind the login: fetched with the token, shown from a local object URL. */
  protected async showPoster(row: Row & { link: Link }): Promise<void> {
    this.busy.set(row.link.id);
    try {
      const png = await firstValueFrom(this.http.get(`/api/v1/distributor/link/${encodeURIComponent(row.link.id)}/poster`, { responseType: 'blob' }).pipe(timeout(LOAD_TIMEOUT_MS)));
      this.closePoster();
      this.poster.set({ campaignName: row.campaign.name, url: URL.createObjectURL(png) });
    } catch (err) {
      this.problem.set(`海报生成失败：${errorText(err)}`);
    } finally {
      this.busy.set(null);
    }
  }

  protected closePoster(): void {
    const p = this.poster();
    if (p) URL.revokeObjectURL(p.url);
    this.poster.set(null);
  }
}
