import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /withdrawals: the review list by status with the distributor's account beside it. Copy in i18n/withdrawals/. */
export const WITHDRAWAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('withdrawals')],
    loadComponent: () => import('./withdrawal-list/withdrawal-list').then((m) => m.WithdrawalList),
  },
];
