import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import { logger } from '../common/logger';

export type SecuritySeverity = 'low' | 'medium' | 'high' | 'critical';

/** Records an anomaly for admins (forged callbacks, brute force, token reuse). Never fails its caller. */
export async function recordSecurityEvent(
  type: string,
  severity: SecuritySeverity,
  ip: string | undefined,
  detail: object,
  userId: string | null = null,
): Promise<void> {
  try {
    await database().query('INSERT INTO security_events (type, severity, user_id, ip, detail) VALUES (?, ?, ?, ?, ?)', [
      type, severity, userId, ip ?? '', JSON.stringify(detail),
    ]);
  } catch (err) {
    logger.error({ err, type, detail }, 'could not record security event');
  }
}

export interface SecurityEventRow {
  id: string;
  type: string;
  severity: SecuritySeverity;
  userId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
  handled: boolean;
  createdAt: string;
}

export interface SecurityEventFilter {
  type?: string;
  severity?: SecuritySeverity;
  handled?: boolean;
  userId?: string;
  ip?: string;
  from?: Date;
  to?: Date;
}

const COLUMNS = 'id, type, severity, user_id, ip, detail, handled, created_at';

export class SecurityEventsRepository {
  async list(filter: SecurityEventFilter, page: number, pageSize: number): Promise<{ items: SecurityEventRow[]; total: number }> {
    const { where, params } = whereOf(filter);
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM security_events ${where}`, params);
    const rows = await database().query(`SELECT ${COLUMNS} FROM security_events ${where} ORDER BY id DESC LIMIT ? OFFSET ?`, [
      ...params, pageSize, (page - 1) * pageSize,
    ]);
    return { total: Number(count.n), items: rows.map(toEvent) };
  }

  async findForUpdate(em: EntityManager, id: string): Promise<SecurityEventRow | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM security_events WHERE id = ? FOR UPDATE`, [id]);
    return row ? toEvent(row) : null;
  }

  async markHandled(em: EntityManager, id: string): Promise<void> {
    await em.query('UPDATE security_events SET handled = 1 WHERE id = ?', [id]);
  }
}

function whereOf(filter: SecurityEventFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    params.push(value);
  };
  if (filter.type) add('type = ?', filter.type);
  if (filter.severity) add('severity = ?', filter.severity);
  if (filter.handled !== undefined) add('handled = ?', filter.handled ? 1 : 0);
  if (filter.userId) add('user_id = ?', filter.userId);
  if (filter.ip) add('ip = ?', filter.ip);
  if (filter.from) add('created_at >= ?', filter.from);
  if (filter.to) add('created_at < ?', filter.to);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function toEvent(r: Record<string, any>): SecurityEventRow {
  const detail = typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail;
  return {
    id: String(r.id),
    type: r.type,
    severity: r.severity,
    userId: r.user_id === null ? null : String(r.user_id),
    ip: r.ip || null,
    detail: detail && typeof detail === 'object' && !Array.isArray(detail) ? detail : detail === null ? null : { value: detail },
    handled: Boolean(Number(r.handled)),
    createdAt: new Date(r.created_at).toISOString(),
  };
}
