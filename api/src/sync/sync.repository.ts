import type { EntityManager } from 'typeorm';
import type { FieldMapping, SyncTargetKind, TargetOptions } from '@dmh/shared';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import type { JobListQuery, JobView, LogListQuery, LogView, QueueView, TargetView } from './sync.schemas';

/** What is stored for a target (the password only as the worker's AES-256-GCM envelope). */
export interface TargetRecord {
  kind: SyncTargetKind;
  host: string;
  port: number;
  database: string;
  username: string;
  passwordEnc: string;
  options: TargetOptions;
  mapping: FieldMapping;
  enabled: boolean;
}

type Db = Pick<EntityManager, 'query'>;
const iso = (v: unknown): string => new Date(v as string).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

const TARGET_COLUMNS = 'brand_id, kind, host, port, database_name, username, password_enc, options, mapping, enabled, version, updated_at';

/** sync_targets, sync_jobs and sync_logs as the admin endpoints read and change them; brand scope in the SQL. */
export class SyncRepository {
  private get db(): Db {
    return database();
  }

  async brandExists(scope: BrandScope, brandId: string): Promise<boolean> {
    const s = brandScopeSql(scope, 'id');
    const [row] = await this.db.query(`SELECT id FROM brands WHERE id = ? AND ${s.sql}`, [brandId, ...s.params]);
    return Boolean(row);
  }

  async findTarget(scope: BrandScope, brandId: string, em: Db = this.db, forUpdate = false): Promise<(TargetView & { passwordEnc: string }) | null> {
    const s = brandScopeSql(scope, 'brand_id');
    const [row] = await em.query(
      `SELECT ${TARGET_COLUMNS} FROM sync_targets WHERE brand_id = ? AND ${s.sql}${forUpdate ? ' FOR UPDATE' : ''}`,
      [brandId, ...s.params],
    );
    return row ? { ...toTarget(row), passwordEnc: String(row.password_enc) } : null;
  }

  async listTargets(scope: BrandScope, page: number, pageSize: number): Promise<{ items: TargetView[]; total: number }> {
    const s = brandScopeSql(scope, 'brand_id');
    const [count] = await this.db.query(`SELECT COUNT(*) AS n FROM sync_targets WHERE ${s.sql}`, s.params);
    const rows = await this.db.query(`SELECT ${TARGET_COLUMNS} FROM sync_targets WHERE ${s.sql} ORDER BY brand_id LIMIT ? OFFSET ?`, [
      ...s.params, pageSize, (page - 1) * pageSize,
    ]);
    return { total: Number(count.n), items: rows.map(toTarget) };
  }

  /** Creates or replaces the brand's target; every save bumps the version (the worker rebuilds its pool). */
  async saveTarget(em: Db, brandId: string, t: TargetRecord): Promise<void> {
    await em.query(
      `INSERT INTO sync_targets (brand_id, kind, host, port, database_name, username, password_enc, options, mapping, enabled, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
       ON DUPLICATE KEY UPDATE kind = VALUES(kind), host = VALUES(host), port = VALUES(port), database_name = VALUES(database_name),
         username = VALUES(username), password_enc = VALUES(password_enc), options = VALUES(options), mapping = VALUES(mapping),
         enabled = VALUES(enabled), version = version + 1`,
      [brandId, t.kind, t.host, t.port, t.database, t.username, t.passwordEnc, JSON.stringify(t.options), JSON.stringify(t.mapping), t.enabled ? 1 : 0],
    );
  }

  async deleteTarget(em: Db, brandId: string): Promise<void> {
    await em.query('DELETE FROM sync_targets WHERE brand_id = ?', [brandId]);
  }

  async listJobs(scope: BrandScope, q: JobListQuery): Promise<{ items: JobView[]; total: number }> {
    const s = brandScopeSql(scope, 'brand_id');
    const where = [`status = ?`, s.sql];
    const params: unknown[] = [q.status, ...s.params];
    if (q.brandId) (where.push('brand_id = ?'), params.push(q.brandId));
    if (q.orderId) (where.push("entity_type = 'order' AND entity_id = ?"), params.push(q.orderId));
    const [count] = await this.db.query(`SELECT COUNT(*) AS n FROM sync_jobs WHERE ${where.join(' AND ')}`, params);
    const rows = await this.db.query(
      `SELECT id, job_id, brand_id, entity_id, status, attempts, last_error, requested_at, next_attempt_at, updated_at
         FROM sync_jobs WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { total: Number(count.n), items: rows.map(toJob) };
  }

  /** A plain read: the sync worker owns the row and locks it itself when it re-queues it. */
  async findJob(scope: BrandScope, id: string): Promise<JobView | null> {
    const s = brandScopeSql(scope, 'brand_id');
    const [row] = await this.db.query(
      `SELECT id, job_id, brand_id, entity_id, status, attempts, last_error, requested_at, next_attempt_at, updated_at
         FROM sync_jobs WHERE id = ? AND ${s.sql}`,
      [id, ...s.params],
    );
    return row ? toJob(row) : null;
  }

  async listLogs(scope: BrandScope, q: LogListQuery): Promise<{ items: LogView[]; total: number }> {
    const s = brandScopeSql(scope, 'brand_id');
    const where = [s.sql];
    const params: unknown[] = [...s.params];
    for (const [column, value] of [['brand_id', q.brandId], ['job_id', q.jobId], ['entity_type', q.entityType], ['entity_id', q.entityId], ['status', q.status]] as const) {
      if (value !== undefined) (where.push(`${column} = ?`), params.push(value));
    }
    const [count] = await this.db.query(`SELECT COUNT(*) AS n FROM sync_logs WHERE ${where.join(' AND ')}`, params);
    const rows = await this.db.query(
      `SELECT id, job_id, brand_id, entity_type, entity_id, target, attempt, status, error, duration_ms, created_at
         FROM sync_logs WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r.id), jobId: String(r.job_id), brandId: r.brand_id === null ? null : String(r.brand_id), entityType: String(r.entity_type),
        entityId: String(r.entity_id), target: String(r.target), attempt: Number(r.attempt), status: r.status as LogView['status'],
        error: (r.error as string | null) ?? null, durationMs: Number(r.duration_ms), createdAt: iso(r.created_at),
      })),
    };
  }

  async queue(scope: BrandScope): Promise<QueueView> {
    const s = brandScopeSql(scope, 'brand_id');
    const rows: { status: string; n: string; age_us: string | null }[] = await this.db.query(
      `SELECT status, COUNT(*) AS n, TIMESTAMPDIFF(MICROSECOND, MIN(requested_at), NOW(3)) AS age_us
         FROM sync_jobs WHERE status IN ('queued', 'retrying', 'dead') AND ${s.sql} GROUP BY status`,
      s.params,
    );
    const by = new Map(rows.map((r) => [r.status, r]));
    const lagUs = Math.max(0, ...['queued', 'retrying'].map((st) => Number(by.get(st)?.age_us ?? 0)));
    return {
      queued: Number(by.get('queued')?.n ?? 0), retrying: Number(by.get('retrying')?.n ?? 0), dead: Number(by.get('dead')?.n ?? 0),
      lagSeconds: lagUs / 1e6,
    };
  }
}

function toTarget(r: Record<string, unknown>): TargetView {
  return {
    brandId: String(r.brand_id), kind: r.kind as SyncTargetKind, host: String(r.host), port: Number(r.port), database: String(r.database_name),
    username: String(r.username), hasPassword: Boolean(r.password_enc), options: json<TargetOptions>(r.options), mapping: json<FieldMapping>(r.mapping),
    enabled: Boolean(Number(r.enabled)), version: Number(r.version), updatedAt: iso(r.updated_at),
  };
}

function toJob(r: Record<string, unknown>): JobView {
  return {
    id: String(r.id), jobId: String(r.job_id), brandId: String(r.brand_id), orderId: String(r.entity_id), status: r.status as JobView['status'],
    attempts: Number(r.attempts), lastError: (r.last_error as string | null) ?? null, requestedAt: iso(r.requested_at),
    nextAttemptAt: iso(r.next_attempt_at), updatedAt: iso(r.updated_at),
  };
}
