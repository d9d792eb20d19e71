import type { Router } from 'express';
import { ApiRouter } from '../../common/endpoint';
import { config } from '../../config';
import { authorizeUrlBody, authorizeUrlSchema, wechatLoginSchema, wechatOAuthBody } from './wechat-login.schemas';
import { WechatLoginService } from './wechat-login.service';

/** /api/v1/auth/wechat: log in by WeChat web authorization (the H5 app inside WeChat). */
export function wechatLoginRoutes(wechat = new WechatLoginService()): Router {
  const exemptIps = config().AUTH_RATE_LIMIT_EXEMPT_IPS;
  return new ApiRouter('/auth', 'auth')
    .add({
      method: 'post', path: '/wechat/authorize-url', summary: "WeChat's authorize link for the H5 app, its state signed and carrying the campaign and referrer",
      description: 'The redirect is always the H5 app\'s `/wx/callback`; the `state` (a-zA-Z0-9, 30 minutes) carries `campaignId` and `ref` signed, so the referral survives the round trip and cannot be edited on the way.',
      access: { public: true }, body: authorizeUrlBody, bodyLimit: '1kb', response: authorizeUrlSchema,
      rateLimit: { name: 'wechat-authorize', limit: 120, windowSeconds: 60, by: 'ip', exemptIps },
      handle: async ({ body }) => wechat.authorizeUrl(body.scope, { campaignId: body.campaignId ?? null, referrerId: body.ref ?? null }),
    })
    .add({
      method: 'post', path: '/wechat/oauth', summary: 'Log in with the code of WeChat web authorization: the same token pair as SMS login, the openid, and the referral the state carried',
      description:
        'The state is checked first (40072 WECHAT_STATE_INVALID, body.state), then the code is exchanged once at WeChat: 40070 WECHAT_CODE_INVALID (WeChat 40029: wrong or older than 5 minutes) and 40071 WECHAT_CODE_USED (40163) name body.code; 50250 when WeChat cannot be reached. The account: the one this openid, else this UnionID, logged in to; else the account of the phone of the member with this UnionID; else a new participant account.',
      access: { public: true }, body: wechatOAuthBody, bodyLimit: '1kb', response: wechatLoginSchema,
      errors: ['WECHAT_STATE_INVALID', 'WECHAT_CODE_INVALID', 'WECHAT_CODE_USED', 'WECHAT_UNAVAILABLE', 'LOGIN_FAILED'],
      rateLimit: { name: 'wechat-login', limit: 60, windowSeconds: 60, by: 'ip', exemptIps },
      handle: async (ctx) => wechat.login(ctx.body.code, ctx.body.state, { ip: ctx.ip, userAgent: ctx.req.get('user-agent') ?? null }),
    }).router;
}
