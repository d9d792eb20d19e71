import type { Router } from 'express';
import { ApiRouter } from '../../common/endpoint';
import { config } from '../../config';
import { tokenAnswerSchema } from '../auth.schemas';
import { smsLoginBody, smsSendBody, smsSentSchema } from './sms-login.schemas';
import { SmsLoginService } from './sms-login.service';

/** /api/v1/auth/sms: log in by phone + SMS code (consumers of the H5 app). */
export function smsLoginRoutes(sms = new SmsLoginService()): Router {
  const exemptIps = config().AUTH_RATE_LIMIT_EXEMPT_IPS;
  return new ApiRouter('/auth', 'auth')
    .add({
      method: 'post', path: '/sms/code', summary: 'Send a six-digit login code to a mobile phone',
      description:
        'One code per phone per resend interval (42910 SMS_RESEND_TOO_SOON with Retry-After) and a daily cap per phone (42911 SMS_DAILY_LIMIT), both naming body.phone. A new code replaces the waiting one. In development the code is logged, not sent.',
      access: { public: true }, body: smsSendBody, bodyLimit: '1kb', response: smsSentSchema,
      errors: ['SMS_RESEND_TOO_SOON', 'SMS_DAILY_LIMIT'],
      rateLimit: { name: 'sms-code', limit: 20, windowSeconds: 3600, by: 'ip', exemptIps },
      handle: async ({ body }) => sms.sendCode(body.phone),
    })
    .add({
      method: 'post', path: '/sms/login', summary: 'Log in with phone + SMS code: the same token pair as password login (a first login creates a participant account)',
      description:
        'Each answer names body.code: 40060 SMS_CODE_WRONG (with the tries left), 40063 SMS_CODE_LOCKED after too many wrong tries, 40061 SMS_CODE_EXPIRED (expired or never sent), 40062 SMS_CODE_USED (a code already used). The code is used up by the first right answer.',
      access: { public: true }, body: smsLoginBody, bodyLimit: '1kb', response: tokenAnswerSchema,
      errors: ['SMS_CODE_WRONG', 'SMS_CODE_LOCKED', 'SMS_CODE_EXPIRED', 'SMS_CODE_USED', 'LOGIN_FAILED'],
      rateLimit: { name: 'sms-login', limit: 60, windowSeconds: 60, by: 'ip', exemptIps },
      handle: async (ctx) => sms.login(ctx.body.phone, ctx.body.code, { ip: ctx.ip, userAgent: ctx.req.get('user-agent') ?? null }),
    }).router;
}
