import { createHash } from 'node:crypto';

/** What an audit entry says; its hash covers all of it, so any edit breaks the chain. */
export interface AuditContent {
  userId: string | null;
  username: string | null;
  action: string;
  resource: string;
  resourceId: string | null;
  brandId: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  /** ISO-8601 with milliseconds, UTC: the value stored in created_at. */
  createdAt: string;
}

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = SHA-256(prevHash "\n" canonical content), hex. */
export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(content)}`).digest('hex');
}

export interface ChainBreak {
  id: string;
  reason: 'prev_hash' | 'hash';
}

/**
 * Walks stored entries oldest first and returns the first break: an entry whose prev_hash is not the
 * previous entry's hash (one was deleted or inserted) or whose hash does not match its content (edited).
 */
export function findChainBreak(
  genesis: string,
  entries: Iterable<{ id: string; prevHash: string; hash: string; content: AuditContent }>,
): ChainBreak | null {
  let expectedPrev = genesis;
  for (const entry of entries) {
    if (entry.prevHash !== expectedPrev) return { id: entry.id, reason: 'prev_hash' };
    if (auditHash(entry.prevHash, entry.content) !== entry.hash) return { id: entry.id, reason: 'hash' };
    expectedPrev = entry.hash;
  }
  return null;
}
