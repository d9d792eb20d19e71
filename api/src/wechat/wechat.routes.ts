import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { z } from '../common/zod';
import { config } from '../config';
import { JssdkService } from './jssdk.service';

const signatureBody = z.object({ url: z.url({ protocol: /^https?$/ }).max(2000).openapi({ description: 'the full URL of the H5 page calling wx.config (its # part is ignored); on iOS, the URL the user first landed on' }) }).strict();
const signatureSchema = z.object({ appId: z.string(), timestamp: z.int(), nonceStr: z.string(), signature: z.string(), url: z.string() });

/** /api/v1/wechat: what the H5 app needs from WeChat's JS-SDK. */
export function wechatRoutes(jssdk = new JssdkService()): Router {
  return new ApiRouter('/wechat', 'wechat').add({
    method: 'post', path: '/jssdk-signature', summary: 'The wx.config signature of an H5 page (JS-SDK share menu)',
    description:
      'SHA-1 over jsapi_ticket, noncestr, timestamp and the URL without its # part (JS-SDK 附录1). The access token and jsapi_ticket are cached in Redis until 5 minutes before they expire. Only pages of the H5 app are signed (400 naming body.url); 50250 when WeChat cannot give a ticket.',
    access: { public: true }, body: signatureBody, bodyLimit: '4kb', response: signatureSchema,
    errors: ['WECHAT_UNAVAILABLE'],
    rateLimit: { name: 'wechat-jssdk', limit: 120, windowSeconds: 60, by: 'ip', exemptIps: config().AUTH_RATE_LIMIT_EXEMPT_IPS },
    handle: async ({ body }) => jssdk.sign(body.url),
  }).router;
}
