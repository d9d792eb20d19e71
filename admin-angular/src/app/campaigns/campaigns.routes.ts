import { Routes } from '@angular/router';

/** /campaigns: the list, and create/edit with the form builder, the page designer; statistics join here (issue 11). */
export const CAMPAIGN_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./campaign-list/campaign-list').then((m) => m.CampaignList) },
  { path: 'new', loadComponent: () => import('./campaign-editor/campaign-editor').then((m) => m.CampaignEditor) },
  { path: ':id/edit', loadComponent: () => import('./campaign-editor/campaign-editor').then((m) => m.CampaignEditor) },
  { path: ':id/page', loadComponent: () => import('./page-designer/page-designer').then((m) => m.PageDesigner) },
];
