import { database } from '../common/database';
import type { AuditContent } from './audit-chain';
import type { StoredEntry } from './audit-verify';

export interface AuditFilter {
  userId?: string;
  resource?: string;
  resourceId?: string;
  action?: string;
  brandId?: string;
  from?: Date;
  to?: Date;
  /** Brand scope: only entries of these brands (a brand admin); undefined: every entry. */
  brandIds?: string[];
}

export interface AuditRow extends AuditContent {
  id: string;
  prevHash: string;
  hash: string;
}

const COLUMNS = 'id, user_id, username, action, resource, resource_id, brand_id, ip, user_agent, before_data, after_data, prev_hash, hash, created_at';

/** Reads of the audit chain (it is only ever appended to, by recordAudit). */
export class AuditRepository {
  async list(filter: AuditFilter, page: number, pageSize: number): Promise<{ items: AuditRow[]; total: number }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      clauses.push(clause);
      params.push(value);
    };
    if (filter.brandIds !== undefined) {
      if (filter.brandIds.length === 0) return { items: [], total: 0 };
      add('brand_id IN (?)', filter.brandIds);
    }
    if (filter.userId) add('user_id = ?', filter.userId);
    if (filter.resource) add('resource = ?', filter.resource);
    if (filter.resourceId) add('resource_id = ?', filter.resourceId);
    if (filter.action) add('action = ?', filter.action);
    if (filter.brandId) add('brand_id = ?', filter.brandId);
    if (filter.from) add('created_at >= ?', filter.from);
    if (filter.to) add('created_at < ?', filter.to);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM audit_logs ${where}`, params);
    const rows = await database().query(`SELECT ${COLUMNS} FROM audit_logs ${where} ORDER BY id DESC LIMIT ? OFFSET ?`, [
      ...params, pageSize, (page - 1) * pageSize,
    ]);
    return { total: Number(count.n), items: rows.map(toRow) };
  }

  async head(): Promise<{ lastHash: string; entries: number }> {
    const [row] = await database().query('SELECT last_hash, entries FROM audit_chain_head WHERE id = 1');
    return { lastHash: row?.last_hash ?? '0'.repeat(64), entries: Number(row?.entries ?? 0) };
  }

  /** The whole chain, oldest first, `size` entries at a time (keyset pagination: constant memory). */
  async *batches(size: number): AsyncGenerator<StoredEntry[]> {
    let after = '0';
    for (;;) {
      const rows = await database().query(`SELECT ${COLUMNS} FROM audit_logs WHERE id > ? ORDER BY id LIMIT ?`, [after, size]);
      if (rows.length === 0) return;
      yield rows.map((r: Record<string, any>) => {
        const { id, prevHash, hash, ...content } = toRow(r);
        return { id, prevHash, hash, content };
      });
      after = String(rows[rows.length - 1].id);
      if (rows.length < size) return;
    }
  }
}

/** A stored row as the content that was hashed: the JSON columns parsed (MariaDB answers text, MySQL objects). */
function toRow(r: Record<string, any>): AuditRow {
  return {
    id: String(r.id),
    userId: r.user_id === null ? null : String(r.user_id),
    username: r.username,
    action: r.action,
    resource: r.resource,
    resourceId: r.resource_id,
    brandId: r.brand_id === null ? null : String(r.brand_id),
    ip: r.ip,
    userAgent: r.user_agent,
    before: json(r.before_data),
    after: json(r.after_data),
    createdAt: new Date(r.created_at).toISOString(),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function json(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value; // not JSON any more: the hash check will say so
  }
}
