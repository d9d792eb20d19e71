import type { RequestHandler, Response } from 'express';
import { AppError } from '../common/app-error';
import { Principal, verifyAccessToken } from './tokens';

/** Requires a valid bearer access token; the principal is then in res.locals.principal. */
export const authenticate: RequestHandler = (req, res, next) => {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
  const principal = match ? verifyAccessToken(match[1]) : null;
  if (!principal) {
    next(new AppError('UNAUTHORIZED'));
    return;
  }
  res.locals.principal = principal;
  next();
};

export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new AppError('UNAUTHORIZED');
  return principal;
}

export const isPlatformAdmin = (p: Principal) => p.roles.includes('platform_admin');
