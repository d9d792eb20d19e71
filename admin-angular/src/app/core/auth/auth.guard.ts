import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** The console's pages: signed in, and with a password that has not expired (else it must be changed first). */
export const signedInGuard: CanMatchFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.signedIn()) return router.createUrlTree(['/login']);
  return auth.passwordExpired() ? router.createUrlTree(['/password-expired']) : true;
};

/** The forced password change: only for a signed-in user. */
export const sessionGuard: CanMatchFn = () => (inject(AuthService).signedIn() ? true : inject(Router).createUrlTree(['/login']));

/** The login page: a signed-in user goes straight to the console. */
export const signedOutGuard: CanMatchFn = () => (inject(AuthService).signedIn() ? inject(Router).createUrlTree(['/']) : true);
