import { computed, inject, type Signal } from '@angular/core';
import { AuthService } from '../core/auth/auth.service';

/**
 * Whether the signed-in user holds a permission (a platform admin is seeded with all of them). Screens use
 * it to show only the actions the API would allow; the API checks again.
 */
export function permission(code: string): Signal<boolean> {
  const auth = inject(AuthService);
  return computed(() => auth.me()?.permissions.includes(code) ?? false);
}
