import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /members: the list (filters, tags, bulk tagging, merge, exports) and one member's detail. Copy in i18n/members/. */
export const MEMBER_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('members')],
    children: [
      { path: '', loadComponent: () => import('./member-list/member-list').then((m) => m.MemberList) },
      { path: ':id', loadComponent: () => import('./member-detail/member-detail').then((m) => m.MemberDetail) },
    ],
  },
];
