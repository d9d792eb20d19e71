import { SESSION_STORAGE_KEY, SessionMemory } from './session-store';
import { referralIn, safeReturnTo } from './return-to';

class MapStorage {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const answer = { accessToken: 'a.b.c', refreshToken: 'r', expiresIn: 60, user: { userId: '7', username: 'm138', roles: ['participant'] } };

describe('SessionMemory', () => {
  it('keeps a login across a reload and signs out when the token has expired', () => {
    const storage = new MapStorage();
    let now = 1_000;
    new SessionMemory(storage, () => now).signIn(answer);
    const reloaded = new SessionMemory(storage, () => now);
    expect(reloaded.token()).toBe('a.b.c');
    expect(reloaded.current()?.userId).toBe('7');
    now += 60_000;
    expect(reloaded.token()).toBeNull();
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(new SessionMemory(storage, () => now).current()).toBeNull();
  });

  it('treats an unreadable entry as signed out, and works without storage', () => {
    const storage = new MapStorage();
    storage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(new SessionMemory(storage).current()).toBeNull();
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 1 }));
    expect(new SessionMemory(storage).current()).toBeNull();
    const memoryOnly = new SessionMemory(null);
    memoryOnly.signIn(answer);
    expect(memoryOnly.token()).toBe('a.b.c');
  });

  it('knows a distributor by role', () => {
    const s = new SessionMemory(null);
    s.signIn({ ...answer, user: { ...answer.user, roles: ['participant', 'distributor'] } });
    expect(s.isDistributor()).toBeTrue();
  });
});

describe('return paths', () => {
  it('follows only paths of this app', () => {
    expect(safeReturnTo('/c/12?ref=7')).toBe('/c/12?ref=7');
    expect(safeReturnTo('/me/orders')).toBe('/me/orders');
    for (const bad of [null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/a\nb']) {
      expect(safeReturnTo(bad)).withContext(String(bad)).toBe('/me');
    }
  });

  it('finds the referral a campaign path carries', () => {
    expect(referralIn('/c/12?ref=7')).toEqual({ campaignId: '12', ref: '7' });
    expect(referralIn('/h5/campaigns/12?x=1&ref=9')).toEqual({ campaignId: '12', ref: '9' });
    expect(referralIn('/c/12')).toBeNull();
    expect(referralIn('/me?ref=7')).toBeNull();
  });
});
