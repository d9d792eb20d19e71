import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { IonButton, IonButtons, IonContent, IonHeader, IonSkeletonText, IonTitle, IonToolbar } from '@ionic/angular/standalone';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';
import { load } from '../core/api/load';
import { Session } from '../core/auth/session-store';
import { chinaTime } from '../campaign/campaign-view';
import { campaignsOf, maskPhone, type MyOrder, orderLine } from './centre-model';

type Profile = Data<'/api/v1/auth/userinfo', 'get'>;
type Load = { state: 'loading' } | { state: 'ready'; profile: Profile; orders: MyOrder[]; total: number } | { state: 'failed'; message: string };

/** 我的 (`/me`): profile, my orders (status in words, pay or view), my campaigns; the way to the distributor centre. */
@Component({
  selector: 'app-member-centre',
  imports: [IonHeader, IonToolbar, IonTitle, IonButtons, IonButton, IonContent, IonSkeletonText, RouterLink],
  templateUrl: './member-centre.page.html',
  styleUrl: './member-centre.page.scss',
})
export class MemberCentrePage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly session = inject(Session);

  protected readonly load = signal<Load>({ state: 'loading' });
  protected readonly ready = computed(() => {
    const l = this.load();
    return l.state === 'ready' ? l : null;
  });
  protected readonly now = Date.now();
  protected readonly campaigns = computed(() => campaignsOf(this.ready()?.orders ?? [], this.now));
  protected readonly chinaTime = chinaTime;
  protected readonly maskPhone = maskPhone;
  protected readonly lineOf = (o: MyOrder) => orderLine(o, this.now);

  ionViewWillEnter(): void {
    void this.fetch();
  }

  protected async fetch(): Promise<void> {
    if (this.load().state !== 'ready') this.load.set({ state: 'loading' });
    try {
      const [profile, orders] = await Promise.all([
        load(this.api.get('/api/v1/auth/userinfo', {})),
        load(this.api.get('/api/v1/me/orders', { query: { page: 1, pageSize: 50 } })),
      ]);
      this.load.set({ state: 'ready', profile, orders: orders.items, total: orders.total });
    } catch (err) {
      this.load.set({ state: 'failed', message: errorText(err) });
    }
  }

  protected async logOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.post('/api/v1/auth/logout', {}));
    } catch {
      // The session ends on this device whatever the server answered.
    }
    this.session.signOut();
    await this.router.navigateByUrl('/login', { replaceUrl: true });
  }
}
