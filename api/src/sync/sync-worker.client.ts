import {
  SYNC_WORKER_APP_ID, SYNC_WORKER_METHODS, encryptPasswordResultSchema, reconcileRunSchema, retryDeadJobsResultSchema, targetTestReportSchema,
  workerHealthReportSchema, type ReconcileRun, type RetryDeadJobsRequest, type StartReconcileRunRequest, type TargetTestReport, type WorkerHealthReport,
} from '@dmh/shared';
import type { z } from '../common/zod';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { traceHeader } from '../common/tracing';
import { config } from '../config';

/**
 * The sync worker, reached through Dapr service invocation (the API's sidecar → app id `dmh-sync`). Only
 * the worker holds the credentials key and the Oracle / SQL Server drivers. Its answers are checked
 * against the shared contract; an unreachable worker is a 503 for the caller, never a hang.
 */
export class SyncWorkerClient {
  async encryptPassword(brandId: string, password: string): Promise<string> {
    const answer = await this.call('POST', SYNC_WORKER_METHODS.encryptPassword, { brandId, password }, encryptPasswordResultSchema, 10_000);
    return answer.passwordEnc;
  }

  test(brandId: string): Promise<TargetTestReport> {
    return this.call('POST', SYNC_WORKER_METHODS.testTarget, { brandId }, targetTestReportSchema, 30_000);
  }

  health(brandIds?: string[]): Promise<WorkerHealthReport> {
    const query = brandIds ? `?brandIds=${brandIds.join(',')}` : '';
    return this.call('GET', `${SYNC_WORKER_METHODS.health}${query}`, undefined, workerHealthReportSchema, 15_000);
  }

  /** Starts a recorded run: the worker reads the range's orders, inserts the run and answers; the comparison goes on there. */
  startReconcileRun(request: StartReconcileRunRequest): Promise<ReconcileRun> {
    return this.call('POST', SYNC_WORKER_METHODS.startReconcileRun, request, reconcileRunSchema, 60_000);
  }

  /** Dead jobs back to the queue: the worker owns sync_jobs. Answers the job ids it put back. */
  async retryDead(request: RetryDeadJobsRequest): Promise<string[]> {
    return (await this.call('POST', SYNC_WORKER_METHODS.retryDeadJobs, request, retryDeadJobsResultSchema, 30_000)).jobIds;
  }

  private async call<S extends z.ZodType>(method: 'GET' | 'POST', path: string, body: unknown, schema: S, timeoutMs: number): Promise<z.output<S>> {
    const c = config();
    const url = `http://${c.DAPR_HOST}:${c.DAPR_HTTP_PORT}/v1.0/invoke/${SYNC_WORKER_APP_ID}/method/${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...traceHeader() },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      logger.warn({ err, path }, 'sync worker unreachable');
      throw AppError.unavailable('the sync worker');
    }
    const text = await response.text();
    const json = parseJson(text);
    if (response.status === 404 && json?.error) throw new AppError('NOT_FOUND', String(json.error));
    if (response.status === 422 && json?.error) {
      throw AppError.validation([{ field: 'body.to', code: 'custom', message: String(json.error) }]);
    }
    if (response.status === 502 && json?.error) throw new AppError('DEPENDENCY_UNAVAILABLE', `the brand's database: ${String(json.error)}`, [], 5);
    if (!response.ok) {
      logger.warn({ path, status: response.status, body: text.slice(0, 500) }, 'sync worker call failed');
      throw AppError.unavailable('the sync worker');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      logger.error({ path, issues: parsed.error.issues.slice(0, 5) }, 'sync worker answer does not match the contract');
      throw new Error(`sync worker answer of ${path} does not match the contract`);
    }
    return parsed.data;
  }
}

function parseJson(text: string): { error?: unknown } | null {
  try {
    return text ? (JSON.parse(text) as { error?: unknown }) : null;
  } catch {
    return null;
  }
}
