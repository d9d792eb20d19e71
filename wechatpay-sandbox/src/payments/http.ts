/** What every sandbox endpoint does the way WeChat does: check the merchant's signature, answer signed. */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { MerchantAuthorization } from '@dmh/shared/dist/wechatpay';
import { SandboxError, type WechatPaySandbox } from './wechatpay.sandbox';

/** What a sandbox endpoint logs with: the sandbox process's logger, or none in tests. */
export type SandboxLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

/** The merchant `Authorization` over method, path with query, and the exact body; 401 SIGN_ERROR otherwise. */
export function requireMerchant(sandbox: WechatPaySandbox, req: Request, body = ''): MerchantAuthorization {
  const auth = sandbox.checkAuthorization(req.method, req.originalUrl, body, req.get('authorization'));
  if (!auth.ok) throw new SandboxError('SIGN_ERROR', 401, auth.message);
  if (auth.authorization.mchid !== sandbox.mchid) throw new SandboxError('MCH_NOT_EXISTS', 400, 'unknown merchant');
  return auth.authorization;
}

/** A `mchid` query parameter, where WeChat requires one, must name the signing merchant. */
export function requireMchidQuery(sandbox: WechatPaySandbox, req: Request): void {
  const mchid = req.query.mchid;
  if (typeof mchid !== 'string' || mchid === '') throw new SandboxError('PARAM_ERROR', 400, 'mchid is required');
  if (mchid !== sandbox.mchid) throw new SandboxError('MCH_NOT_EXISTS', 400, 'mchid does not match the signing merchant');
}

/** API answers carry the platform signature, as WeChat's do; a 204 signs the empty body. */
export function sendSigned(res: Response, sandbox: WechatPaySandbox, status: number, payload?: object): void {
  const body = payload === undefined ? '' : JSON.stringify(payload);
  res.status(status).set({ ...sandbox.sign(body), 'Request-ID': randomUUID() });
  if (payload === undefined) res.end();
  else res.type('application/json').send(body);
}

export function rawBody(req: Request): string {
  return Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
