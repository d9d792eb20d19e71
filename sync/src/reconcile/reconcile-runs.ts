import type { ReconcileRun, StartReconcileRunRequest } from '@dmh/shared';
import { RECONCILE_CHUNK_ORDERS } from '@dmh/shared';
import { logger } from '../runtime/logger';
import type { PreparedReconcile, ReconcileService } from './reconcile.service';
import { addChunk, emptyTotals } from './reconcile.service';
import type { ReconcileRunsRepository } from './reconcile-runs.repository';

/** The words a run cut off by a restart is left with. */
export const INTERRUPTED = 'the sync worker stopped while this run was in progress (restart or crash): start the reconciliation again';

type Requeue = (brandId: string, orderIds: string[], runId: string) => Promise<string[]>;

/**
 * Recorded reconciliation runs: `start` checks the range (too many orders, no target: refused at once, as
 * before), inserts the run and answers; the comparison goes on in the background a chunk of orders at a
 * time, writing the progress after each and re-queueing that chunk's differing orders (job ids
 * `reconcile:<order>:<run>`, inserted with INSERT IGNORE, so a repeated chunk adds nothing). A run left
 * running by a stopped worker is failed, with words, when the next one starts (`failInterrupted`).
 */
export class ReconcileRuns {
  private readonly active = new Set<Promise<void>>();

  constructor(
    private readonly reconcile: ReconcileService,
    private readonly runs: ReconcileRunsRepository,
    private readonly requeue: Requeue,
    private readonly chunkSize = RECONCILE_CHUNK_ORDERS,
  ) {}

  async start(request: StartReconcileRunRequest): Promise<ReconcileRun> {
    const prepared = await this.reconcile.prepare(request.brandId, new Date(request.from), new Date(request.to));
    const id = await this.runs.insert(request, prepared.target, prepared.data.length);
    const work = this.execute(id, request.requeue, prepared).finally(() => this.active.delete(work));
    this.active.add(work);
    const run = await this.runs.find(id);
    if (!run) throw new Error(`reconciliation run ${id} vanished`);
    return run;
  }

  /** Settles when every run of this process has finished (tests, the CLI and shutdown). */
  async idle(): Promise<void> {
    while (this.active.size) await Promise.allSettled([...this.active]);
  }

  async failInterrupted(): Promise<number> {
    const n = await this.runs.failInterrupted(INTERRUPTED);
    if (n) logger.warn({ runs: n }, 'reconciliation runs cut off by the previous worker marked failed');
    return n;
  }

  private async execute(id: string, requeue: boolean, p: PreparedReconcile): Promise<void> {
    const totals = emptyTotals();
    let requeued = 0;
    try {
      for (let i = 0; i < p.data.length; i += this.chunkSize) {
        const chunk = p.data.slice(i, i + this.chunkSize);
        const found = await this.reconcile.compareChunk(p.target, chunk);
        addChunk(totals, found);
        if (requeue && found.orderIds.length) requeued += (await this.requeue(p.brandId, found.orderIds, id)).length;
        await this.runs.progress(id, { ordersChecked: i + chunk.length, totals, requeued });
      }
      await this.runs.finish(id, 'done');
    } catch (err) {
      logger.warn({ err, runId: id }, 'reconciliation run failed');
      await this.runs.finish(id, 'failed', (err as Error).message || String(err)).catch((e: unknown) => logger.error({ err: e, runId: id }, 'could not record the failed run'));
    }
  }
}
