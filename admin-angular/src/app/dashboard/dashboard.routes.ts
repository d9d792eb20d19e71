import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from './echarts-setup';

/** /dashboard: figures, charts and the live settlement feed; its copy in public/i18n/dashboard/. */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('dashboard'), provideEchartsCore({ echarts })],
    loadComponent: () => import('./dashboard').then((m) => m.Dashboard),
  },
];
