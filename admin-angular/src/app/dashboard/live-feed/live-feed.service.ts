import { DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { Api } from '../../core/api/api.service';

/** A settled reward as the live feed sends it (GET /api/v1/dashboard/live, event `reward`). */
export interface LiveReward {
  id: string;
  rewardId: string;
  orderId: string;
  campaignId: string;
  brandId: string;
  distributorId: string;
  userId: string;
  level: number;
  amount: string;
  settledAt: string;
}

export type FeedState = 'connecting' | 'live' | 'reconnecting';

/** How the browser opens a stream (replaced in specs). */
export const EVENT_SOURCE = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE', {
  factory: () => (url: string) => new EventSource(url),
});

export const MAX_ITEMS = 30;
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * The live settlement feed: rewards pushed by the API as they settle (server-sent events, never polled).
 * EventSource cannot send the bearer token, so each stream is opened with a one-minute ticket asked for with
 * it. While a stream drops, the browser reconnects by itself with Last-Event-ID; when the API refuses that
 * (the ticket expired, or the stream reached its lifetime) a fresh ticket is fetched and the stream reopened
 * after the last reward seen, waiting longer after each failure. Nothing is missed or shown twice.
 */
@Injectable()
export class LiveFeed {
  private readonly api = inject(Api);
  private readonly open = inject(EVENT_SOURCE);

  readonly state = signal<FeedState>('connecting');
  readonly items = signal<LiveReward[]>([]);
  /** Ids that arrived after the panel was first filled: they slide in. */
  readonly fresh = signal<ReadonlySet<string>>(new Set());

  private source: EventSource | null = null;
  private lastId: string | null = null;
  private brandId = '';
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private primed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Opens the feed (for one brand, or every brand of the admin); a new brand starts a new feed. */
  start(brandId = ''): void {
    if (brandId !== this.brandId) {
      this.items.set([]);
      this.lastId = null;
      this.primed = false;
    }
    this.brandId = brandId;
    this.stopped = false;
    this.closeSource();
    this.state.set('connecting');
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.closeSource();
  }

  private connect(): void {
    this.api.post('/api/v1/dashboard/live/tickets', { body: this.brandId ? { brandId: this.brandId } : {} }).subscribe({
      next: ({ ticket }) => {
        if (this.stopped) return;
        const params = new URLSearchParams({ ticket });
        if (this.lastId) params.set('lastEventId', this.lastId);
        const source = this.open(`/api/v1/dashboard/live?${params}`);
        this.source = source;
        source.onopen = () => {
          this.failures = 0;
          this.state.set('live');
          // What a fresh connection sends first is history; what comes after slides in.
          setTimeout(() => (this.primed = true), 500);
        };
        source.addEventListener('reward', (event) => this.receive(event as MessageEvent<string>));
        source.onerror = () => {
          if (source.readyState === EventSource.CLOSED) this.retry();
          else this.state.set('reconnecting'); // the browser is reconnecting with Last-Event-ID itself
        };
      },
      error: () => this.retry(),
    });
  }

  private receive(event: MessageEvent<string>): void {
    let reward: LiveReward;
    try {
      reward = JSON.parse(event.data) as LiveReward;
    } catch {
      return;
    }
    const id = event.lastEventId || reward.id;
    this.lastId = id;
    if (this.items().some((r) => r.id === id)) return;
    this.items.update((list) => [{ ...reward, id }, ...list].slice(0, MAX_ITEMS));
    if (this.primed) this.fresh.update((ids) => new Set([...ids, id]));
  }

  private retry(): void {
    this.closeSource();
    if (this.stopped) return;
    this.state.set('reconnecting');
    const wait = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)];
    this.failures += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), wait);
  }

  private closeSource(): void {
    this.source?.close();
    this.source = null;
  }
}
