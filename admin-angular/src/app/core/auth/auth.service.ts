import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { catchError, finalize, firstValueFrom, map, Observable, of, shareReplay, switchMap, tap, throwError } from 'rxjs';
import { Api } from '../api/api.service';
import { TokenStore } from './token-store';

export type Me = Data<'/api/v1/auth/userinfo', 'get'>;
type TokenAnswer = Data<'/api/v1/auth/login', 'post'>;

/**
 * Who is signed in (`me`, from /auth/userinfo: roles, permissions, brands, menus), and the token pair's life:
 * login, one refresh at a time (a refresh token is single use: two refreshes with it would revoke the
 * whole session family), logout, and the end of a session the API no longer accepts.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(Api);
  private readonly tokens = inject(TokenStore);
  private readonly router = inject(Router);
  private refreshing: Observable<string> | null = null;

  readonly me = signal<Me | null>(null);
  readonly signedIn = computed(() => this.me() !== null);
  readonly passwordExpired = computed(() => this.me()?.passwordExpired ?? false);
  readonly isPlatformAdmin = computed(() => this.me()?.roles.includes('platform_admin') ?? false);

  accessToken(): string | null {
    return this.tokens.get()?.accessToken ?? null;
  }

  /** Signs in and loads the user's profile and menus. */
  login(username: string, password: string): Observable<Me> {
    return this.api.post('/api/v1/auth/login', { body: { username, password } }).pipe(
      tap((answer) => this.keep(answer)),
      switchMap(() => this.loadMe()),
    );
  }

  loadMe(): Observable<Me> {
    return this.api.get('/api/v1/auth/userinfo', {}).pipe(tap((me) => this.me.set(me)));
  }

  /** At start-up: a stored session is resumed if the API still accepts it (refreshing it if need be). */
  async restore(): Promise<void> {
    if (!this.tokens.get()) return;
    await firstValueFrom(this.loadMe().pipe(catchError(() => of(null)))).then((me) => {
      if (!me) this.forget();
    });
  }

  /**
   * A new access token from the refresh token: one exchange in flight at a time, shared by every request
   * that met a 401 meanwhile. Fails (and forgets the session) when the API refuses the refresh token.
   */
  refreshAccess(): Observable<string> {
    const refreshToken = this.tokens.get()?.refreshToken;
    if (!refreshToken) return throwError(() => new Error('no refresh token'));
    this.refreshing ??= this.api.post('/api/v1/auth/refresh-token', { body: { refreshToken } }).pipe(
      tap((answer) => this.keep(answer)),
      map((answer) => answer.accessToken),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  hasRefreshToken(): boolean {
    return this.tokens.get() !== null;
  }

  changePassword(currentPassword: string, newPassword: string): Observable<Me> {
    return this.api.post('/api/v1/auth/password', { body: { currentPassword, newPassword } }).pipe(switchMap(() => this.loadMe()));
  }

  /** Ends the session at the API (best effort: a failed call still signs out here) and goes to the login page. */
  logout(): Observable<void> {
    return this.api.post('/api/v1/auth/logout', {}).pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
      finalize(() => {
        this.forget();
        void this.router.navigate(['/login']);
      }),
    );
  }

  /** The API refused the session (revoked, expired): sign out here and say why on the login page. */
  expire(): void {
    if (!this.tokens.get() && !this.me()) return;
    this.forget();
    void this.router.navigate(['/login'], { queryParams: { reason: 'expired' } });
  }

  private keep(answer: TokenAnswer): void {
    this.tokens.save({ accessToken: answer.accessToken, refreshToken: answer.refreshToken });
  }

  private forget(): void {
    this.tokens.clear();
    this.me.set(null);
  }
}
