import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /system: users, roles (permissions and menus), audit log, security (policy, events, login attempts), and data sync. Copy in i18n/system/ and i18n/sync/. */
export const SYSTEM_ROUTES: Routes = [
  { path: 'sync', loadChildren: () => import('../sync/sync.routes').then((m) => m.SYNC_ROUTES) },
  { path: 'menus', providers: [provideTranslocoScope('menus')], loadComponent: () => import('./menus/menu-catalogue').then((m) => m.MenuCatalogue) },
  {
    path: '',
    providers: [provideTranslocoScope('system')],
    children: [
      { path: 'users', loadComponent: () => import('./users/user-list').then((m) => m.UserList) },
      { path: 'roles', loadComponent: () => import('./roles/role-page').then((m) => m.RolePage) },
      { path: 'audit-logs', loadComponent: () => import('./audit/audit-log').then((m) => m.AuditLog) },
      { path: 'security', loadComponent: () => import('./security/security-page').then((m) => m.SecurityPage) },
    ],
  },
];
