import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';

/** /ops: what the archived Dapr dashboard showed, and charts from Prometheus (platform admins). Copy in public/i18n/ops/. */
export const OPS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('ops'), provideEchartsCore({ echarts: () => import('../dashboard/echarts-setup').then((m) => m.echarts) })],
    loadComponent: () => import('./ops-page').then((m) => m.OpsPage),
  },
];
