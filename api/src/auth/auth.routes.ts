import { Router } from 'express';
import { z } from '../common/zod';
import { ApiRouter } from '../common/endpoint';
import { config } from '../config';
import {
  loginBody, passwordChangeBody, passwordChangedSchema, publicPolicySchema, refreshBody, registerBody, registeredSchema, tokenAnswerSchema,
  userinfoSchema,
} from './auth.schemas';
import { AuthService } from './auth.service';
import { sessionsRoutes } from './sessions.routes';
import { smsLoginRoutes } from './sms/sms-login.routes';
import { wechatLoginRoutes } from './wechat/wechat-login.routes';

export { principalSchema } from './auth.schemas';

const clientOf = (ctx: { ip: string; req: { get(name: string): string | undefined } }) => ({ ip: ctx.ip, userAgent: ctx.req.get('user-agent') ?? null });

/** /api/v1/auth: register, login, refresh, logout, the caller's identity, password change, sessions. */
export function authRoutes(auth = new AuthService()): Router {
  const c = config();
  const exemptIps = c.AUTH_RATE_LIMIT_EXEMPT_IPS;
  const api = new ApiRouter('/auth', 'auth')
    .add({
      method: 'post', path: '/register', summary: 'Register a participant account (the password policy applies)', access: { public: true },
      description:
        'The password must meet the password policy (GET /auth/password-policy: length and character classes, set by admins at run time) and must not contain the username: else 400 with code 40050 PASSWORD_POLICY_VIOLATION naming the field.',
      body: registerBody, bodyLimit: '4kb', status: 201, response: registeredSchema,
      errors: ['USERNAME_TAKEN', 'PHONE_TAKEN', 'PASSWORD_POLICY_VIOLATION'],
      rateLimit: { name: 'register', limit: c.REGISTER_RATE_LIMIT_PER_HOUR, windowSeconds: 3600, by: 'ip', exemptIps },
      handle: async ({ body }) => auth.register(body),
    })
    .add({
      method: 'post', path: '/login', summary: 'Log in with username and password: an access token (24 h) and a refresh token (14 days)',
      description: 'An unknown user, a wrong password, a locked and a disabled account all answer 40150, alike.',
      access: { public: true }, body: loginBody, bodyLimit: '4kb', response: tokenAnswerSchema, errors: ['LOGIN_FAILED'],
      rateLimit: { name: 'login', limit: c.LOGIN_RATE_LIMIT_PER_MINUTE, windowSeconds: 60, by: 'ip', exemptIps },
      handle: async (ctx) => auth.login(ctx.body.username, ctx.body.password, clientOf(ctx)),
    })
    .add({
      method: 'post', path: '/refresh-token', summary: 'Exchange a refresh token for a new pair (the old one is used up)',
      description: 'Presenting a refresh token that was already exchanged revokes its whole session family.',
      access: { public: true }, body: refreshBody, bodyLimit: '4kb', response: tokenAnswerSchema, errors: ['REFRESH_TOKEN_INVALID'],
      rateLimit: { name: 'refresh', limit: c.REFRESH_RATE_LIMIT_PER_MINUTE, windowSeconds: 60, by: 'ip', exemptIps },
      handle: async (ctx) => auth.refresh(ctx.body.refreshToken, clientOf(ctx)),
    })
    .add({
      method: 'post', path: '/logout', summary: 'End the current session: its access and refresh tokens stop working at once',
      access: { authenticated: true }, response: z.null(),
      handle: async ({ principal }) => {
        await auth.logout(principal);
        return null;
      },
    })
    .add({
      method: 'get', path: '/userinfo', summary: 'The signed-in user: profile, roles, permissions, brands and menu tree',
      access: { authenticated: true }, response: userinfoSchema,
      handle: async ({ principal }) => auth.userinfo(principal),
    })
    .add({
      method: 'post', path: '/password', summary: 'Change the password (policy and history apply; other sessions end)',
      description:
        'newPassword must meet the password policy (40050 PASSWORD_POLICY_VIOLATION) and differ from the recent ones (40051 PASSWORD_REUSED); a wrong currentPassword is 40052 PASSWORD_INCORRECT. All 400, naming the field.',
      access: { authenticated: true }, body: passwordChangeBody, bodyLimit: '4kb', response: passwordChangedSchema,
      errors: ['PASSWORD_INCORRECT', 'PASSWORD_POLICY_VIOLATION', 'PASSWORD_REUSED'],
      rateLimit: { name: 'password-change', limit: 10, windowSeconds: 600, by: 'user' },
      handle: async ({ principal, body }) => auth.changePassword(principal, body.currentPassword, body.newPassword),
    })
    .add({
      method: 'get', path: '/password-policy', summary: 'The password rules a new password must meet (for registration forms)',
      access: { public: true }, response: publicPolicySchema,
      handle: async () => auth.publicPolicy(),
    });
  const router = Router();
  router.use(api.router, sessionsRoutes(), smsLoginRoutes(), wechatLoginRoutes());
  return router;
}
