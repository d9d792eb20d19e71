import type { TargetConfigInput } from '@dmh/shared';
import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { type BrandScope, brandScope, inBrandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { SyncRepository, type TargetRecord } from './sync.repository';
import type { JobListQuery, LogListQuery, RetryManyBody, TargetListQuery, TargetView } from './sync.schemas';
import { SyncWorkerClient } from './sync-worker.client';

type Actor = AuditActor & { principal: Principal };

/**
 * Sync operations for admins: brands' targets (saved validated, password encrypted by the sync worker),
 * connection tests, health, failures and their retry, attempt logs (reconciliations: reconcile-runs.service.ts). A brand admin sees
 * and acts on its own brands only; another brand's id answers 404. Every write is audited in its transaction.
 */
export class SyncService {
  constructor(
    private readonly repo = new SyncRepository(),
    private readonly worker = new SyncWorkerClient(),
  ) {}

  async listTargets(principal: Principal, q: TargetListQuery) {
    const { items, total } = await this.repo.listTargets(brandScope(principal), q.page, q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async getTarget(principal: Principal, brandId: string): Promise<TargetView> {
    const target = await this.repo.findTarget(brandScope(principal), brandId);
    if (!target) throw new AppError('NOT_FOUND', 'this brand has no sync target');
    return view(target);
  }

  async saveTarget(actor: Actor, brandId: string, body: TargetConfigInput): Promise<TargetView> {
    const scope = brandScope(actor.principal);
    await this.assertBrand(scope, brandId);
    // Encrypted by the worker (it alone holds the key) before the transaction: the plaintext never reaches MySQL.
    const passwordEnc = body.password === undefined ? null : await this.worker.encryptPassword(brandId, body.password);
    await withAudit(actor, async (em) => {
      const before = await this.repo.findTarget(scope, brandId, em, true);
      const kept = passwordEnc ?? before?.passwordEnc;
      if (!kept) throw AppError.validation([{ field: 'body.password', code: 'custom', message: 'required: this brand has no stored password yet' }]);
      const record: TargetRecord = {
        kind: body.kind, host: body.host, port: body.port, database: body.database, username: body.username, passwordEnc: kept,
        options: body.options ?? {}, mapping: body.mapping, enabled: body.enabled ?? true,
      };
      await this.repo.saveTarget(em, brandId, record);
      const { passwordEnc: _p, ...after } = record;
      return {
        result: undefined,
        audit: {
          action: before ? 'sync.target.update' : 'sync.target.create', resource: 'sync_target', resourceId: brandId, brandId,
          before: before ? view(before) : null, after: { ...after, passwordChanged: passwordEnc !== null },
        },
      };
    });
    return this.getTarget(actor.principal, brandId);
  }

  async deleteTarget(actor: Actor, brandId: string): Promise<{ brandId: string; deleted: true }> {
    const scope = brandScope(actor.principal);
    return withAudit(actor, async (em) => {
      const before = await this.repo.findTarget(scope, brandId, em, true);
      if (!before) throw new AppError('NOT_FOUND', 'this brand has no sync target');
      await this.repo.deleteTarget(em, brandId);
      return {
        result: { brandId, deleted: true as const },
        audit: { action: 'sync.target.delete', resource: 'sync_target', resourceId: brandId, brandId, before: view(before) },
      };
    });
  }

  async testTarget(principal: Principal, brandId: string) {
    if (!(await this.repo.findTarget(brandScope(principal), brandId))) throw new AppError('NOT_FOUND', 'this brand has no sync target');
    return this.worker.test(brandId);
  }

  /** HealthCheck() of every target the caller may see, with the queue, aggregated for the ops page. */
  async health(principal: Principal) {
    const scope = brandScope(principal);
    const queue = await this.repo.queue(scope);
    const checkedAt = new Date().toISOString();
    if (!scope.all && scope.brandIds.length === 0) return { status: 'ok' as const, worker: 'up' as const, error: null, checkedAt, targets: [], queue };
    try {
      const report = await this.worker.health(scope.all ? undefined : scope.brandIds);
      const healthy = report.targets.every((t) => t.status === 'up' && t.circuit.state === 'closed') && queue.dead === 0;
      return { status: healthy ? ('ok' as const) : ('degraded' as const), worker: 'up' as const, error: null, checkedAt: report.checkedAt, targets: report.targets, queue };
    } catch (err) {
      return { status: 'down' as const, worker: 'down' as const, error: (err as Error).message, checkedAt, targets: [], queue };
    }
  }

  async listJobs(principal: Principal, q: JobListQuery) {
    const scope = brandScope(principal);
    if (q.brandId && !inBrandScope(scope, q.brandId)) throw new AppError('NOT_FOUND', 'brand not found');
    const { items, total } = await this.repo.listJobs(scope, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async listLogs(principal: Principal, q: LogListQuery) {
    const scope = brandScope(principal);
    if (q.brandId && !inBrandScope(scope, q.brandId)) throw new AppError('NOT_FOUND', 'brand not found');
    const { items, total } = await this.repo.listLogs(scope, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async retryOne(actor: Actor, id: string) {
    const scope = brandScope(actor.principal);
    const job = await this.repo.findJob(scope, id);
    if (!job) throw new AppError('NOT_FOUND', 'sync job not found');
    if (job.status !== 'dead') throw new AppError('SYNC_JOB_NOT_DEAD', `the sync job is ${job.status}, not dead`);
    // The worker re-queues it under its own row lock (nothing of sync_jobs is held here meanwhile); the audit
    // entry commits once it has answered. Retried by someone else in between: no longer dead, said the same way.
    return withAudit(actor, async () => {
      const jobIds = await this.worker.retryDead({ brandId: job.brandId, ids: [id] });
      if (jobIds.length === 0) throw new AppError('SYNC_JOB_NOT_DEAD', 'the sync job is no longer dead');
      return {
        result: { retried: jobIds.length, jobIds },
        audit: { action: 'sync.job.retry', resource: 'sync_job', resourceId: id, brandId: job.brandId, before: { status: 'dead', lastError: job.lastError }, after: { status: 'queued' } },
      };
    });
  }

  async retryMany(actor: Actor, body: RetryManyBody) {
    const scope = brandScope(actor.principal);
    await this.assertBrand(scope, body.brandId);
    return withAudit(actor, async () => {
      // The worker puts them back (it owns sync_jobs); the audit entry commits once it has answered.
      const jobIds = await this.worker.retryDead({ brandId: body.brandId, orderIds: body.orderIds, from: utc(body.from), to: utc(body.to) });
      return {
        result: { retried: jobIds.length, jobIds: jobIds.slice(0, 1000) },
        audit: { action: 'sync.job.retry_dead', resource: 'sync_job', resourceId: null, brandId: body.brandId, after: { filter: body, retried: jobIds.length } },
      };
    });
  }

  private async assertBrand(scope: BrandScope, brandId: string): Promise<void> {
    if (!(await this.repo.brandExists(scope, brandId))) throw new AppError('NOT_FOUND', 'brand not found');
  }
}

function view(t: TargetView & { passwordEnc?: string }): TargetView {
  const { passwordEnc: _p, ...rest } = t;
  return rest;
}

/** An instant as the worker's contract takes it: ISO-8601 in UTC. */
const utc = (instant: string | undefined): string | undefined => (instant === undefined ? undefined : new Date(instant).toISOString());
