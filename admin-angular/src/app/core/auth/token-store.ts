import { Injectable } from '@angular/core';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const KEY = 'dmh.console.tokens';

/** The session's token pair, kept in localStorage so a reload keeps the admin signed in. */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private tokens: Tokens | null = read();

  get(): Tokens | null {
    return this.tokens;
  }

  save(tokens: Tokens): void {
    this.tokens = tokens;
    localStorage.setItem(KEY, JSON.stringify(tokens));
  }

  clear(): void {
    this.tokens = null;
    localStorage.removeItem(KEY);
  }
}

function read(): Tokens | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Tokens> | null;
    return parsed && typeof parsed.accessToken === 'string' && typeof parsed.refreshToken === 'string'
      ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
      : null;
  } catch {
    return null;
  }
}
