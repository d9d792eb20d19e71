import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';

/** /campaigns: the list, create/edit with the form builder, the page designer, and a campaign's statistics (charts load with it only). */
export const CAMPAIGN_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./campaign-list/campaign-list').then((m) => m.CampaignList) },
  { path: 'new', loadComponent: () => import('./campaign-editor/campaign-editor').then((m) => m.CampaignEditor) },
  { path: ':id/edit', loadComponent: () => import('./campaign-editor/campaign-editor').then((m) => m.CampaignEditor) },
  {
    path: ':id/stats',
    providers: [provideTranslocoScope({ scope: 'campaign-stats', alias: 'stats' }), provideEchartsCore({ echarts: () => import('../dashboard/echarts-setup').then((m) => m.echarts) })],
    loadComponent: () => import('./campaign-stats/campaign-stats').then((m) => m.CampaignStats),
  },
  { path: ':id/page', loadComponent: () => import('./page-designer/page-designer').then((m) => m.PageDesigner) },
];
