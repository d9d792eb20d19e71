import { Routes } from '@angular/router';
import { CampaignPage } from './campaign/campaign.page';
import { signedIn } from './core/auth/auth.guard';

/**
 * `/c/:campaignId?ref=…` is the campaign link distributors share; the API's short link
 * (/api/v1/distributor/l/:code) redirects to `/h5/campaigns/:campaignId?ref=<distributorId>`, the same page.
 * It is where consumers land, so it is in the first bundle (no extra round trips for its chunk); every other
 * page loads when it is opened (none is preloaded: Lighthouse's budget of issue #12 counts what the first load fetches).
 */
export const routes: Routes = [
  { path: 'c/:campaignId', component: CampaignPage },
  { path: 'h5/campaigns/:campaignId', component: CampaignPage },
  { path: 'o/:orderNo', loadComponent: () => import('./order/order-result.page').then((m) => m.OrderResultPage) },
  { path: 'wx/callback', loadComponent: () => import('./wechat/wechat-callback.page').then((m) => m.WechatCallbackPage) },
  { path: 'login', loadComponent: () => import('./login/login.page').then((m) => m.LoginPage) },
  { path: 'me', canActivate: [signedIn], loadComponent: () => import('./centre/member-centre.page').then((m) => m.MemberCentrePage) },
  { path: 'distributor', canActivate: [signedIn], loadComponent: () => import('./distributor/distributor-centre.page').then((m) => m.DistributorCentrePage) },
  { path: '**', loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage) },
];
