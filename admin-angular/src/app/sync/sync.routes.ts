import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /system/sync: health, each brand's target with its connection test, failures with retry, logs. Copy in i18n/sync/. */
export const SYNC_ROUTES: Routes = [
  { path: '', providers: [provideTranslocoScope('sync')], loadComponent: () => import('./sync-page').then((m) => m.SyncPage) },
];
