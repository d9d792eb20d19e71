import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { sessionGuard, signedInGuard, signedOutGuard } from './core/auth/auth.guard';
import { NavigationService } from './core/nav/navigation.service';

/** Every feature is its own lazy chunk; the shell (navigation, toolbar) wraps the signed-in pages. */
export const routes: Routes = [
  { path: 'login', canMatch: [signedOutGuard], loadComponent: () => import('./auth/login/login').then((m) => m.Login) },
  {
    path: 'password-expired',
    canMatch: [sessionGuard],
    data: { required: true },
    loadComponent: () => import('./auth/password-change/password-change').then((m) => m.PasswordChange),
  },
  {
    path: '',
    canMatch: [signedInGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(NavigationService).home() },
      { path: 'dashboard', loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES) },
      { path: 'campaigns', loadChildren: () => import('./campaigns/campaigns.routes').then((m) => m.CAMPAIGN_ROUTES) },
      { path: 'withdrawals', loadChildren: () => import('./withdrawals/withdrawals.routes').then((m) => m.WITHDRAWAL_ROUTES) },
      { path: 'distributors', loadChildren: () => import('./distributors/distributors.routes').then((m) => m.DISTRIBUTOR_ROUTES) },
      { path: 'orders', loadChildren: () => import('./orders/orders.routes').then((m) => m.ORDER_ROUTES) },
      { path: 'members', loadChildren: () => import('./members/members.routes').then((m) => m.MEMBER_ROUTES) },
      { path: 'ops', loadChildren: () => import('./ops/ops.routes').then((m) => m.OPS_ROUTES) },
      { path: 'system', loadChildren: () => import('./system/system.routes').then((m) => m.SYSTEM_ROUTES) },
      { path: 'account/sessions', loadComponent: () => import('./auth/sessions/sessions').then((m) => m.Sessions) },
      { path: 'account/password', loadComponent: () => import('./auth/password-change/password-change').then((m) => m.PasswordChange) },
      { path: '**', loadComponent: () => import('./not-built/not-built').then((m) => m.NotBuilt) },
    ],
  },
  { path: '**', redirectTo: '' },
];

