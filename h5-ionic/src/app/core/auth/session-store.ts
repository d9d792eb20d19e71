import { Injectable, signal } from '@angular/core';

export const SESSION_STORAGE_KEY = 'dmh.h5.session.v1';

/** Who is signed in on this device, as the app keeps it. */
export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is refused. */
  expiresAt: number;
  userId: string;
  username: string;
  roles: string[];
}

/** What POST /auth/sms/login answers, as far as the app needs it. */
export interface TokenAnswer {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { userId: string; username: string; roles: string[] };
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The signed-in account, kept in storage so a reload or a payment redirect keeps the login; an expired
 * or unreadable entry counts as signed out (and is dropped). Works in memory when storage is refused.
 */
export class SessionMemory {
  readonly current = signal<SignedIn | null>(null);

  constructor(
    private readonly storage: KeyValueStore | null,
    private readonly now: () => number = Date.now,
  ) {
    this.current.set(this.read());
  }

  signIn(answer: TokenAnswer): SignedIn {
    const signedIn: SignedIn = {
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken,
      expiresAt: this.now() + answer.expiresIn * 1000,
      userId: answer.user.userId,
      username: answer.user.username,
      roles: [...answer.user.roles],
    };
    this.current.set(signedIn);
    try {
      this.storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(signedIn));
    } catch {
      // Storage refused: the login lasts for this page's lifetime.
    }
    return signedIn;
  }

  signOut(): void {
    this.current.set(null);
    try {
      this.storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // nothing stored
    }
  }

  /** The access token to send, or null when signed out or expired (which signs out). */
  token(): string | null {
    const s = this.current();
    if (!s) return null;
    if (s.expiresAt <= this.now()) {
      this.signOut();
      return null;
    }
    return s.accessToken;
  }

  isDistributor(): boolean {
    return this.current()?.roles.includes('distributor') ?? false;
  }

  private read(): SignedIn | null {
    try {
      const text = this.storage?.getItem(SESSION_STORAGE_KEY);
      const v = text ? (JSON.parse(text) as Partial<SignedIn>) : null;
      if (!v || typeof v.accessToken !== 'string' || typeof v.userId !== 'string' || typeof v.expiresAt !== 'number' || !Array.isArray(v.roles)) return null;
      return v.expiresAt > this.now() ? (v as SignedIn) : null;
    } catch {
      return null;
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

/** The app's one session (a signal-based service, per the style guide). */
@Injectable({ providedIn: 'root' })
export class Session extends SessionMemory {
  constructor() {
    super(browserStorage());
  }
}
