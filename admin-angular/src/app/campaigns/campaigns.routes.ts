import { Routes } from '@angular/router';

/** /campaigns: the list today; create/edit, the designers and statistics join here (issue 11). */
export const CAMPAIGN_ROUTES: Routes = [{ path: '', loadComponent: () => import('./campaign-list/campaign-list').then((m) => m.CampaignList) }];
