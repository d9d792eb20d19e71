import { Injectable } from '@angular/core';

/** What the API takes as `referrerId`: a distributor's id (the short link redirects with `?ref=<id>`). */
const REFERRER_ID = /^[1-9]\d{0,18}$/;
export const REFERRAL_STORAGE_KEY = 'dmh.referrals.v1';
/** A remembered referral counts for this long after the click (a sign-up days later still pays the distributor). */
export const REFERRAL_TTL_MS = 30 * 24 * 60 * 60 * 1000;

interface Remembered {
  referrerId: string;
  at: number;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The referral of each campaign, remembered in the browser before any login or redirect: the link's `ref`
 * is written the moment the page opens, so a WeChat OAuth round trip, a reload or a sign-up much later
 * still attributes the order. The latest link followed wins (the distributor who brought the consumer
 * back); a malformed `ref` is ignored and never overwrites a good one; entries expire after REFERRAL_TTL_MS.
 * When storage is unavailable (private mode, full quota) it still works for this page's lifetime.
 */
export class ReferralMemory {
  private readonly fallback = new Map<string, Remembered>();

  constructor(
    private readonly storage: KeyValueStore | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers `ref` for the campaign; answers whether it was a usable referrer id. */
  remember(campaignId: string, ref: string | null | undefined): boolean {
    const referrerId = ref?.trim() ?? '';
    if (!REFERRER_ID.test(referrerId)) return false;
    const all = this.read();
    all[campaignId] = { referrerId, at: this.now() };
    this.write(all);
    return true;
  }

  /** The referrer to send with the campaign's sign-up, or null. */
  referrerFor(campaignId: string): string | null {
    const entry = this.read()[campaignId];
    if (!entry || this.now() - entry.at > REFERRAL_TTL_MS) return null;
    return entry.referrerId;
  }

  private read(): Record<string, Remembered> {
    const fromMemory = Object.fromEntries(this.fallback);
    try {
      const text = this.storage?.getItem(REFERRAL_STORAGE_KEY);
      const parsed: unknown = text ? JSON.parse(text) : {};
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fromMemory;
      const valid: Record<string, Remembered> = {};
      for (const [campaignId, v] of Object.entries(parsed as Record<string, Partial<Remembered>>)) {
        if (typeof v?.referrerId === 'string' && REFERRER_ID.test(v.referrerId) && typeof v.at === 'number') valid[campaignId] = { referrerId: v.referrerId, at: v.at };
      }
      return { ...valid, ...fromMemory };
    } catch {
      return fromMemory;
    }
  }

  private write(all: Record<string, Remembered>): void {
    const now = this.now();
    const live = Object.fromEntries(Object.entries(all).filter(([, v]) => now - v.at <= REFERRAL_TTL_MS));
    for (const [k, v] of Object.entries(live)) this.fallback.set(k, v);
    try {
      this.storage?.setItem(REFERRAL_STORAGE_KEY, JSON.stringify(live));
    } catch {
      // Storage refused (private mode, quota): the in-memory copy above still serves this visit.
    }
  }
}

function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

@Injectable({ providedIn: 'root' })
export class Referrals extends ReferralMemory {
  constructor() {
    super(browserStorage());
  }
}
