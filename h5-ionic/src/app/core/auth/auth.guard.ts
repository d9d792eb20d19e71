import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { Session } from './session-store';

/** Pages of the signed-in: without a session, the login page, which comes back here. */
export const signedIn: CanActivateFn = (_route, state) => {
  if (inject(Session).token()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnTo: state.url } });
};
