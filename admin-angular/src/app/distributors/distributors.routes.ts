import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /distributors: the application queue and the 3-level network (tree, links, upline), the poster template. Copy in i18n/distributors/. */
export const DISTRIBUTOR_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('distributors')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'applications' },
      { path: 'applications', loadComponent: () => import('./applications/application-list').then((m) => m.ApplicationList) },
      { path: 'tree', loadComponent: () => import('./tree/distributor-tree').then((m) => m.DistributorTree) },
      { path: 'poster', loadComponent: () => import('./poster/poster-editor').then((m) => m.PosterEditor) },
    ],
  },
];
