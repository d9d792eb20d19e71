import type { Request, RequestHandler, Response } from 'express';
import { AppError } from './app-error';
import { loadPrincipal, type Principal } from './principal';
import { verifyAccessToken } from './tokens';

export { isPlatformAdmin } from './principal';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/**
 * The caller of a request, from its bearer access token: null when there is no valid token (an unknown,
 * disabled or revoked user included). `optional: false` only changes nothing here: callers decide.
 */
export async function authenticateRequest(req: Request, _opts: { optional: boolean }): Promise<Principal | null> {
  const match = BEARER.exec(req.header('authorization') ?? '');
  const claims = match ? verifyAccessToken(match[1]) : null;
  if (!claims) return null;
  return loadPrincipal(claims.userId, claims.sessionId);
}

/** Express middleware form: requires a valid token; the principal is then in res.locals.principal. */
export const authenticate: RequestHandler = (req, res, next) => {
  authenticateRequest(req, { optional: false }).then(
    (principal) => {
      if (!principal) return next(new AppError('UNAUTHORIZED'));
      res.locals.principal = principal;
      next();
    },
    next,
  );
};

export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new AppError('UNAUTHORIZED');
  return principal;
}
