import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import type { Principal } from '../common/principal';
import { appendEntry, lockChainHead } from './audit-append.repository';
import { auditHash, type AuditContent } from './audit-chain';

/** Who did it and from where: the request's side of an audit entry. */
export interface AuditActor {
  principal: Pick<Principal, 'userId' | 'username'> | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEntry {
  action: string;
  resource: string;
  resourceId?: string | null;
  brandId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to the tamper-evident audit chain, inside the caller's transaction: the admin write
 * and its audit entry commit together or not at all. The chain head row is locked for the rest of the
 * transaction, so concurrent appends are serialised and the chain never forks.
 */
export async function recordAudit(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<string> {
  const lastHash = await lockChainHead(em);
  const createdAt = new Date();
  const content: AuditContent = {
    userId: actor.principal?.userId ?? null,
    username: actor.principal?.username ?? null,
    action: entry.action,
    resource: entry.resource,
    resourceId: entry.resourceId ?? null,
    brandId: entry.brandId ?? null,
    ip: actor.ip,
    userAgent: actor.userAgent?.slice(0, 500) ?? null,
    before: normalise(entry.before),
    after: normalise(entry.after),
    createdAt: createdAt.toISOString(),
  };
  return appendEntry(em, content, lastHash, auditHash(lastHash, content), createdAt);
}

/** Runs `work` and its audit entry in one transaction (for writes that have no transaction of their own). */
export async function withAudit<T>(actor: AuditActor, work: (em: EntityManager) => Promise<{ result: T; audit: AuditEntry }>): Promise<T> {
  return database().transaction(async (em) => {
    const { result, audit } = await work(em);
    await recordAudit(em, actor, audit);
    return result;
  });
}

/** JSON round trip, so what is hashed is exactly what the JSON column gives back (no Dates, no undefined). */
function normalise(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
