import { computed, inject, Injectable } from '@angular/core';
import { AuthService } from '../auth/auth.service';
import { BUILT_PATHS } from './built-paths';
import { buildNav, firstBuiltPath } from './nav-menu';

/** The signed-in user's navigation, rebuilt whenever who is signed in changes. */
@Injectable({ providedIn: 'root' })
export class NavigationService {
  private readonly auth = inject(AuthService);
  readonly items = computed(() => {
    const me = this.auth.me();
    return me ? buildNav(me.menus, me, BUILT_PATHS) : [];
  });
  /** Where a signed-in user lands: the first built page of their menu, else their sessions. */
  readonly home = computed(() => firstBuiltPath(this.items()) ?? '/account/sessions');
}
