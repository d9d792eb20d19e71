import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, Observable, of, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** The calls that exchange credentials: they carry no token, and a 401 from them is their answer. */
const EXCHANGES = ['/api/v1/auth/login', '/api/v1/auth/refresh-token', '/api/v1/auth/register', '/api/v1/auth/password-policy'];

/**
 * Attaches the access token to API calls. On a 401 it exchanges the refresh token once (one exchange shared
 * by every call waiting) and repeats the call once with the new token; if the refresh is refused, or the
 * repeated call is refused again, the session is over and the user goes to the login page.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/') || EXCHANGES.some((path) => req.url.startsWith(path))) return next(req);
  const auth = inject(AuthService);
  const sent = auth.accessToken();
  return next(withToken(req, sent)).pipe(
    catchError((err: unknown) => {
      if (!isUnauthorized(err) || !auth.hasRefreshToken()) return throwError(() => err);
      // Another call may have refreshed while this one was on its way: then its token is the one to use.
      const current = auth.accessToken();
      const token$: Observable<string> = current && current !== sent ? of(current) : auth.refreshAccess();
      return token$.pipe(
        catchError(() => {
          auth.expire();
          return throwError(() => err);
        }),
        switchMap((token) =>
          next(withToken(req, token)).pipe(
            catchError((again: unknown) => {
              if (isUnauthorized(again)) auth.expire();
              return throwError(() => again);
            }),
          ),
        ),
      );
    }),
  );
};

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

function isUnauthorized(err: unknown): boolean {
  return err instanceof HttpErrorResponse && err.status === 401;
}
