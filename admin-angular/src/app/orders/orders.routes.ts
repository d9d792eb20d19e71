import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /orders: the list, the refunds needing attention, and one order's detail (with its refund). Copy in i18n/orders/. */
export const ORDER_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('orders')],
    children: [
      { path: '', loadComponent: () => import('./order-list/order-list').then((m) => m.OrderList) },
      { path: 'refunds', loadComponent: () => import('./refunds-attention/refunds-attention').then((m) => m.RefundsAttention) },
      { path: ':id', loadComponent: () => import('./order-detail/order-detail').then((m) => m.OrderDetail) },
    ],
  },
];
