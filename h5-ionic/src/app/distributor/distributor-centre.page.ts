import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { IonButton, IonButtons, IonContent, IonHeader, IonLabel, IonSegment, IonSegmentButton, IonSkeletonText, IonTitle, IonToolbar } from '@ionic/angular/standalone';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';
import { load } from '../core/api/load';
import { Referrals } from '../core/referral/referral-memory';
import { Session } from '../core/auth/session-store';
import { chinaTime } from '../campaign/campaign-view';
import { type DistributorRecord, standing } from './distributor-model';
import { EarningsPanel } from './earnings.panel';
import { LinksPanel } from './links.panel';
import { TeamPanel } from './team.panel';

type Brand = { brandId: string; brandName: string; referrerId: string | null };
type Load =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; standing: ReturnType<typeof standing>; brands: Brand[] };

/**
 * 分销中心 (`/distributor`): apply to a brand whose campaign the user joined (the distributor of the link
 * they came by becomes their upline) and follow the application; once active, earnings and withdrawals,
 * links and posters, and the team.
 */
@Component({
  selector: 'app-distributor-centre',
  imports: [IonHeader, IonToolbar, IonTitle, IonButtons, IonButton, IonContent, IonSkeletonText, IonSegment, IonSegmentButton, IonLabel, RouterLink, EarningsPanel, LinksPanel, TeamPanel],
  templateUrl: './distributor-centre.page.html',
  styleUrl: './distributor-centre.page.scss',
})
export class DistributorCentrePage {
  private readonly api = inject(Api);
  private readonly referrals = inject(Referrals);
  protected readonly session = inject(Session);

  protected readonly load = signal<Load>({ state: 'loading' });
  protected readonly tab = signal<'earnings' | 'links' | 'team'>('earnings');
  protected readonly applying = signal<string | null>(null);
  protected readonly applyProblem = signal<string | null>(null);
  protected readonly chinaTime = chinaTime;
  protected readonly active = computed(() => {
    const l = this.load();
    return l.state === 'ready' && l.standing.kind === 'active' ? (l.standing as { record: DistributorRecord }).record : null;
  });

  ionViewWillEnter(): void {
    void this.fetch();
  }

  protected record(): DistributorRecord | null {
    const l = this.load();
    return l.state === 'ready' && l.standing.kind !== 'none' ? (l.standing as { record: DistributorRecord }).record : null;
  }

  protected async fetch(): Promise<void> {
    if (this.load().state !== 'ready') this.load.set({ state: 'loading' });
    try {
      const [mine, orders] = await Promise.all([
        load(this.api.get('/api/v1/distributor/me', {})),
        load(this.api.get('/api/v1/me/orders', { query: { page: 1, pageSize: 50 } })),
      ]);
      const brands = new Map<string, Brand>();
      for (const o of orders.items) {
        if (!brands.has(o.brandId)) brands.set(o.brandId, { brandId: o.brandId, brandName: o.brandName, referrerId: this.referrals.referrerFor(o.campaignId) });
      }
      this.load.set({ state: 'ready', standing: standing(mine.items), brands: [...brands.values()] });
    } catch (err) {
      this.load.set({ state: 'failed', message: errorText(err) });
    }
  }

  protected async apply(brand: Brand): Promise<void> {
    this.applying.set(brand.brandId);
    this.applyProblem.set(null);
    try {
      await load(this.api.post('/api/v1/distributor/apply', { body: { brandId: brand.brandId, ...(brand.referrerId ? { referrerId: brand.referrerId } : {}) } }));
      await this.fetch();
    } catch (err) {
      this.applyProblem.set(errorText(err));
    } finally {
      this.applying.set(null);
    }
  }
}
