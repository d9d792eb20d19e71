import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { brandScope, inBrandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { ReconcileRunsRepository } from './reconcile-runs.repository';
import { SyncRepository } from './sync.repository';
import type { ReconcileBody, ReconcileRunListQuery, ReconcileRunView } from './sync.schemas';
import { SyncWorkerClient } from './sync-worker.client';

type Actor = AuditActor & { principal: Principal };

/**
 * Recorded reconciliations of brands' sync targets. The sync worker owns sync_reconciliation_runs: it
 * inserts a run when asked, compares a chunk of orders at a time writing the progress after each, re-queues
 * what differs and finishes the run. The API checks the request, asks the worker to start (answering with
 * the run at once), audits the start, and reads runs back, brand-scoped (another brand's run is a 404).
 */
export class ReconcileRunsService {
  constructor(
    private readonly runs = new ReconcileRunsRepository(),
    private readonly sync = new SyncRepository(),
    private readonly worker = new SyncWorkerClient(),
  ) {}

  async start(actor: Actor, body: ReconcileBody): Promise<ReconcileRunView> {
    const scope = brandScope(actor.principal);
    if (!(await this.sync.brandExists(scope, body.brandId))) throw new AppError('NOT_FOUND', 'brand not found');
    const from = new Date(body.from).toISOString();
    const to = new Date(body.to).toISOString();
    const run = await this.worker.startReconcileRun({ brandId: body.brandId, from, to, requeue: body.requeue, createdBy: actor.principal.userId });
    await withAudit(actor, async () => ({
      result: undefined,
      audit: {
        action: 'sync.reconcile.start', resource: 'sync_reconciliation_run', resourceId: run.id, brandId: body.brandId,
        after: { from, to, requeue: body.requeue, ordersTotal: run.ordersTotal, target: run.target },
      },
    }));
    return { ...run, createdByName: actor.principal.username };
  }

  async list(principal: Principal, q: ReconcileRunListQuery) {
    const scope = brandScope(principal);
    if (q.brandId && !inBrandScope(scope, q.brandId)) throw new AppError('NOT_FOUND', 'brand not found');
    const { items, total } = await this.runs.list(scope, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<ReconcileRunView> {
    const run = await this.runs.find(brandScope(principal), id);
    if (!run) throw new AppError('NOT_FOUND', 'reconciliation run not found');
    return run;
  }
}
