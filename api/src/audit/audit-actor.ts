import type { Request } from 'express';
import type { Principal } from '../common/principal';
import type { AuditActor } from './audit.service';

/** The audit actor of an authenticated request: who, from which address, with which client. */
export function actorOf(ctx: { principal: Principal; ip: string; req: Request }): AuditActor & { principal: Principal } {
  return { principal: ctx.principal, ip: ctx.ip, userAgent: ctx.req.get('user-agent') ?? null };
}
