import { REFERRAL_STORAGE_KEY, REFERRAL_TTL_MS, ReferralMemory } from './referral-memory';

class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
}

describe('ReferralMemory', () => {
  let storage: FakeStorage;
  let now: number;
  const memory = () => new ReferralMemory(storage, () => now);

  beforeEach(() => {
    storage = new FakeStorage();
    now = 1_000_000;
  });

  it('remembers the ref of a link per campaign, across a new page load (a redirect, a reload)', () => {
    expect(memory().remember('7', '42')).toBeTrue();
    expect(memory().referrerFor('7')).toBe('42');
    expect(memory().referrerFor('8')).toBeNull();
  });

  it('ignores a malformed ref and keeps the good one it had', () => {
    memory().remember('7', '42');
    expect(memory().remember('7', 'abc<script>')).toBeFalse();
    expect(memory().remember('7', '0')).toBeFalse();
    expect(memory().remember('7', null)).toBeFalse();
    expect(memory().referrerFor('7')).toBe('42');
  });

  it('lets the latest link followed win', () => {
    memory().remember('7', '42');
    now += 1000;
    memory().remember('7', '43');
    expect(memory().referrerFor('7')).toBe('43');
  });

  it('forgets a referral older than the window', () => {
    memory().remember('7', '42');
    now += REFERRAL_TTL_MS + 1;
    expect(memory().referrerFor('7')).toBeNull();
  });

  it('survives corrupt storage and storage that throws', () => {
    storage.setItem(REFERRAL_STORAGE_KEY, '{not json');
    expect(memory().referrerFor('7')).toBeNull();
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    const m = new ReferralMemory(throwing, () => now);
    expect(m.remember('7', '42')).toBeTrue();
    expect(m.referrerFor('7')).toBe('42');
  });
});
