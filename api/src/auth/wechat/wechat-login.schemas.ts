import { z } from '../../common/zod';
import { idParam } from '../../common/http';
import { tokenAnswerSchema } from '../auth.schemas';

const scope = z.enum(['snsapi_base', 'snsapi_userinfo']).openapi({ description: 'snsapi_base: silent, the openid (and UnionID when the app is bound); snsapi_userinfo: asks the user, for the UnionID' });

export const authorizeUrlBody = z
  .object({
    scope: scope.default('snsapi_base'),
    /** The campaign page the user came from and the distributor whose link it was: signed into `state`. */
    campaignId: idParam.optional(),
    ref: idParam.optional().openapi({ description: "the distributor id of the link (the page's `ref`)" }),
  })
  .strict();

export const authorizeUrlSchema = z.object({
  /** WeChat's authorize link: open it inside WeChat. */
  url: z.string(),
  state: z.string(),
  /** Where WeChat sends the user back with `code` and `state`: the H5 app's callback page. */
  redirectUri: z.string(),
});

export const wechatOAuthBody = z
  .object({
    code: z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/, 'the code WeChat added to the callback URL'),
    state: z.string().max(128).regex(/^[A-Za-z0-9]*$/, 'the state WeChat sent back, unchanged'),
  })
  .strict();

export const wechatLoginSchema = tokenAnswerSchema.extend({
  wechat: z.object({
    /** The user's openid in this app: what JSAPI pay needs. */
    openid: z.string(),
    unionid: z.string().nullable(),
    scope: z.string(),
  }),
  /** What the signed state carried: the campaign to go back to and its referrer. */
  referral: z.object({ campaignId: z.string().nullable(), referrerId: z.string().nullable() }),
});
