import express, { Router } from 'express';
import { z } from 'zod';
import { handler, ok, parse } from '../common/http';
import { authenticate, principalOf } from './authenticate.middleware';
import { AuthService } from './auth.service';

const loginBody = z.object({ username: z.string().min(1).max(50), password: z.string().min(1).max(128) }).strict();

/** /api/v1/auth: login and the caller's identity (registration, refresh and sessions come with RBAC). */
export function authRoutes(auth = new AuthService()): Router {
  const router = Router();
  router.post(
    '/login',
    express.json({ limit: '4kb' }),
    handler(async (req, res) => {
      const { username, password } = parse(loginBody, req.body, 'body');
      ok(res, await auth.login(username, password));
    }),
  );
  router.get('/userinfo', authenticate, (_req, res) => ok(res, principalOf(res)));
  return router;
}
