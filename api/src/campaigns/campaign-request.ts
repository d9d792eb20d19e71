import type { Request } from 'express';
import type { Principal } from '../common/principal';
import type { AdminActor } from './campaigns.service';

/** Who made an admin change and from where, for the audit log. */
export function auditActorOf(ctx: { principal: Principal; ip: string; req: Request }): AdminActor {
  return { principal: ctx.principal, ip: ctx.ip, userAgent: ctx.req.get('user-agent') ?? null };
}

/** Whom a view is counted for: the signed-in user, else the address. */
export function visitorOf(principal: Principal | null, ip: string): string {
  return principal ? `u:${principal.userId}` : `ip:${ip}`;
}
