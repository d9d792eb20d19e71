import type { Router } from 'express';
import { z } from '../common/zod';
import { ApiRouter } from '../common/endpoint';
import { AuthService } from './auth.service';

const loginBody = z.object({ username: z.string().min(1).max(50), password: z.string().min(1).max(128) }).strict();

export const principalSchema = z.object({
  userId: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  brandIds: z.array(z.string()),
  sessionId: z.string().nullable(),
});

const loginAnswer = z.object({ accessToken: z.string(), expiresIn: z.int(), user: principalSchema });

/** /api/v1/auth: login and the caller's identity. */
export function authRoutes(auth = new AuthService()): Router {
  return new ApiRouter('/auth', 'auth')
    .add({
      method: 'post',
      path: '/login',
      summary: 'Log in with username and password',
      access: { public: true },
      body: loginBody,
      bodyLimit: '4kb',
      response: loginAnswer,
      rateLimit: { name: 'login', limit: 30, windowSeconds: 60, by: 'ip' },
      handle: async ({ body }) => auth.login(body.username, body.password),
    })
    .add({
      method: 'get',
      path: '/userinfo',
      summary: 'The signed-in user: roles, permissions, brands',
      access: { authenticated: true },
      response: principalSchema,
      handle: async ({ principal }) => principal,
    }).router;
}
