import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /ops: what the archived Dapr dashboard showed (platform admins). Copy in public/i18n/ops/. */
export const OPS_ROUTES: Routes = [
  { path: '', providers: [provideTranslocoScope('ops')], loadComponent: () => import('./ops-page').then((m) => m.OpsPage) },
];
