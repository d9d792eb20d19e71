import { Injectable } from '@angular/core';

export const WECHAT_IDENTITY_KEY = 'dmh.h5.wechat.v1';
export const OAUTH_ATTEMPT_KEY = 'dmh.h5.wechat-oauth-attempt.v1';
export const OAUTH_RETURN_KEY = 'dmh.h5.wechat-oauth-return.v1';
/** Set once snsapi_userinfo was asked on this device (whatever the answer): it is not asked again. */
export const OAUTH_USERINFO_ASKED_KEY = 'dmh.h5.wechat-userinfo-asked.v1';

export interface WechatIdentity {
  openid: string;
  unionid: string | null;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The WeChat identity of this device (the openid JSAPI pay needs), kept across reloads and pay redirects;
 * and, per tab, when an authorization was last tried and where its login should come back to.
 */
export class WechatMemory {
  private memory: WechatIdentity | null = null;
  private readonly tab = new Map<string, string>();

  constructor(
    private readonly local: KeyValueStore | null,
    private readonly session: KeyValueStore | null,
  ) {}

  identity(): WechatIdentity | null {
    const v = this.readJson(this.local, WECHAT_IDENTITY_KEY) as Partial<WechatIdentity> | null;
    if (v && typeof v.openid === 'string' && v.openid !== '') return { openid: v.openid, unionid: typeof v.unionid === 'string' ? v.unionid : null };
    return this.memory;
  }

  remember(identity: WechatIdentity): void {
    this.memory = { ...identity };
    this.write(this.local, WECHAT_IDENTITY_KEY, JSON.stringify(this.memory));
  }

  /** Called just before going to WeChat: when, and the path a plain login comes back to. */
  markAttempt(now: number, returnTo: string | null): void {
    this.write(this.session, OAUTH_ATTEMPT_KEY, String(now));
    if (returnTo) this.write(this.session, OAUTH_RETURN_KEY, returnTo);
    else this.remove(this.session, OAUTH_RETURN_KEY);
  }

  lastAttemptAt(): number | null {
    const raw = this.read(this.session, OAUTH_ATTEMPT_KEY);
    const n = raw === null ? NaN : Number(raw);
    return Number.isFinite(n) ? n : null;
  }

  returnTo(): string | null {
    return this.read(this.session, OAUTH_RETURN_KEY);
  }

  userinfoAsked(): boolean {
    return this.read(this.local, OAUTH_USERINFO_ASKED_KEY) !== null;
  }

  markUserinfoAsked(now: number): void {
    this.write(this.local, OAUTH_USERINFO_ASKED_KEY, String(now));
  }

  private readJson(store: KeyValueStore | null, key: string): unknown {
    try {
      const text = this.read(store, key);
      return text ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  }

  private read(store: KeyValueStore | null, key: string): string | null {
    try {
      return store?.getItem(key) ?? this.tab.get(key) ?? null;
    } catch {
      return this.tab.get(key) ?? null;
    }
  }

  private write(store: KeyValueStore | null, key: string, value: string): void {
    this.tab.set(key, value);
    try {
      store?.setItem(key, value);
    } catch {
      // Storage refused: kept for this page's lifetime.
    }
  }

  private remove(store: KeyValueStore | null, key: string): void {
    this.tab.delete(key);
    try {
      store?.removeItem(key);
    } catch {
      // nothing stored
    }
  }
}

function storage(kind: 'localStorage' | 'sessionStorage'): KeyValueStore | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}

@Injectable({ providedIn: 'root' })
export class WechatIdentityStore extends WechatMemory {
  constructor() {
    super(storage('localStorage'), storage('sessionStorage'));
  }
}
