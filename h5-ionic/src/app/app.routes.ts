import { Routes } from '@angular/router';
import { signedIn } from './core/auth/auth.guard';

/**
 * `/c/:campaignId?ref=…` is the campaign link distributors share; the API's short link
 * (/api/v1/distributor/l/:code) redirects to `/h5/campaigns/:campaignId?ref=<distributorId>`, the same page.
 */
export const routes: Routes = [
  { path: 'c/:campaignId', loadComponent: () => import('./campaign/campaign.page').then((m) => m.CampaignPage) },
  { path: 'h5/campaigns/:campaignId', loadComponent: () => import('./campaign/campaign.page').then((m) => m.CampaignPage) },
  { path: 'o/:orderNo', loadComponent: () => import('./order/order-result.page').then((m) => m.OrderResultPage) },
  { path: 'wx/callback', loadComponent: () => import('./wechat/wechat-callback.page').then((m) => m.WechatCallbackPage) },
  { path: 'login', loadComponent: () => import('./login/login.page').then((m) => m.LoginPage) },
  { path: 'me', canActivate: [signedIn], loadComponent: () => import('./centre/member-centre.page').then((m) => m.MemberCentrePage) },
  { path: 'distributor', canActivate: [signedIn], loadComponent: () => import('./distributor/distributor-centre.page').then((m) => m.DistributorCentrePage) },
  { path: '**', loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage) },
];
