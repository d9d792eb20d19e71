import type { ReconciliationTrigger } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { logger } from '../common/logger';
import type { PaymentQueries } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { DownloadedTradeBill } from '../payments/wechatpay.bill';
import { addDays, chinaDay } from './bill-day';
import { compareBill, type Difference } from './reconciliation.compare';
import type { DifferenceResolver, Resolution } from './reconciliation.repair';
import { ReconciliationRepository, type DifferenceRow, type RunRow } from './reconciliation.repository';
import type { RunDetail, RunListQuery, RunView } from './reconciliation.schemas';

export interface ReconciliationOptions {
  /** A run that has not finished after this long is taken to have died, and the day may be run again. */
  leaseSeconds: number;
  /** The latest bill date that may be asked, as days before today (CST): 1 against WeChat, 0 against the sandbox. */
  latestDaysAgo: number;
  /** WeChat Pay keeps bills three months. */
  oldestDaysAgo: number;
}

type Trigger = { kind: 'schedule' } | { kind: 'admin'; actor: AuditActor & { principal: { userId: string } } };

/**
 * Bill reconciliation: downloads WeChat Pay's trade bill of a CST day (hash checked), compares it with DMH's
 * paid orders and refunds of that day, lists every difference and repairs what can be repaired safely (a
 * payment WeChat confirms and DMH lacks: DifferenceResolver). One run of a day at a time (the repository's
 * guard); a later run is a new run. A bill that cannot be had or fails its check fails the run: nothing is
 * compared, nothing changed.
 */
export class ReconciliationService {
  constructor(
    private readonly queries: Pick<PaymentQueries, 'downloadTradeBill'>,
    private readonly resolver: Pick<DifferenceResolver, 'resolve'>,
    private readonly options: ReconciliationOptions,
    private readonly repo: Pick<ReconciliationRepository, 'start' | 'complete' | 'fail' | 'hasCompleted' | 'books' | 'list' | 'find'> = new ReconciliationRepository(),
    private readonly transaction: (work: (em: EntityManager) => Promise<void>) => Promise<void> = (work) => database().transaction(work),
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The daily job's firing: yesterday's bill, once; a retry after a completed run, or during a running one, does nothing. */
  async runScheduled(): Promise<void> {
    const billDate = addDays(chinaDay(this.now()), -1);
    if (await this.repo.hasCompleted(billDate, 'schedule')) return;
    try {
      await this.run(billDate, { kind: 'schedule' });
    } catch (err) {
      if (err instanceof AppError && err.errorName === 'RECONCILIATION_RUNNING') return;
      throw err;
    }
  }

  async run(billDate: string, trigger: Trigger): Promise<RunDetail> {
    this.assertBillable(billDate);
    const actor = trigger.kind === 'admin' ? trigger.actor : null;
    const runId = await this.repo.start(billDate, trigger.kind satisfies ReconciliationTrigger, actor?.principal.userId ?? null, this.options.leaseSeconds);
    const audit = (em: EntityManager, after: unknown) =>
      actor ? recordAudit(em, actor, { action: 'reconciliation.run', resource: 'reconciliation_run', resourceId: runId, after }).then(() => undefined) : Promise.resolve();
    let bill: DownloadedTradeBill | null;
    try {
      bill = await this.downloadBill(billDate);
    } catch (err) {
      const code = err instanceof PaymentProviderError ? err.reason : 'internal';
      const message = err instanceof PaymentProviderError ? err.message : 'the bill could not be downloaded';
      await this.transaction(async (em) => {
        await this.repo.fail(em, runId, code, message);
        await audit(em, { billDate, status: 'failed', error: code });
      });
      logger.warn({ err, billDate, runId }, 'reconciliation failed: no usable bill');
      throw new AppError('RECONCILIATION_BILL_UNUSABLE', `${message}: nothing was compared or changed (run ${runId})`);
    }
    try {
      const rows = bill?.rows ?? [];
      const billedTradeNos = rows.filter((r) => r.tradeState === 'SUCCESS').map((r) => r.outTradeNo);
      const billedRefundNos = rows.flatMap((r) => (r.tradeState === 'REFUND' && r.outRefundNo ? [r.outRefundNo] : []));
      const books = await this.repo.books(billDate, billedTradeNos, billedRefundNos);
      const found: (Difference & Resolution)[] = [];
      // One at a time: repairs are few, and each is a paid transaction of its own.
      for (const difference of compareBill(rows, books)) found.push({ ...difference, ...(await this.resolver.resolve(difference)) });
      const counts = { billHash: bill?.sha1 ?? null, billRows: rows.length, dmhPayments: books.paidOfDay.length, dmhRefunds: books.refundsOfDay.length };
      await this.transaction(async (em) => {
        await this.repo.complete(em, runId, counts, found);
        await audit(em, { billDate, status: 'completed', differences: found.length, repaired: found.filter((d) => d.resolution === 'repaired').length });
      });
      logger.info({ billDate, runId, differences: found.length }, 'reconciliation completed');
    } catch (err) {
      await this.transaction((em) => this.repo.fail(em, runId, 'internal', 'the run stopped on an internal error; run it again')).catch(() => undefined);
      throw err;
    }
    return this.get(runId);
  }

  async list(q: RunListQuery) {
    const { items, total } = await this.repo.list(q);
    return { items: items.map(runView), total, page: q.page, pageSize: q.pageSize };
  }

  async get(runId: string): Promise<RunDetail> {
    const found = await this.repo.find(runId);
    if (!found) throw new AppError('NOT_FOUND', 'no such reconciliation run');
    return { ...runView(found.run), differences: found.differences.map(differenceView) };
  }

  /** WeChat answers NO_STATEMENT_EXIST for a day without a single transaction: an empty bill, not a failure. */
  private async downloadBill(billDate: string): Promise<DownloadedTradeBill | null> {
    try {
      return await this.queries.downloadTradeBill(billDate);
    } catch (err) {
      if (err instanceof PaymentProviderError && err.details.providerCode === 'NO_STATEMENT_EXIST') return null;
      throw err;
    }
  }

  private assertBillable(billDate: string): void {
    const today = chinaDay(this.now());
    const latest = addDays(today, -this.options.latestDaysAgo);
    const oldest = addDays(today, -this.options.oldestDaysAgo);
    const problem = billDate > latest
      ? { code: 'not_billed_yet', message: `WeChat Pay has no bill of this day yet: the latest is ${latest} (China Standard Time)` }
      : billDate < oldest ? { code: 'too_old', message: `WeChat Pay keeps bills ${this.options.oldestDaysAgo} days: the oldest is ${oldest}` } : null;
    if (problem) throw AppError.validation([{ field: 'body.billDate', ...problem }]);
  }
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function runView(r: RunRow): RunView {
  return {
    id: String(r.id), billDate: r.bill_date, status: r.status, triggeredBy: r.triggered_by,
    requestedBy: r.requested_by === null ? null : String(r.requested_by), billHash: r.bill_hash,
    billRows: Number(r.bill_rows), dmhPayments: Number(r.dmh_payments), dmhRefunds: Number(r.dmh_refunds), differenceCount: Number(r.difference_count),
    repaired: Number(r.repaired), needsAttention: Number(r.needs_attention),
    error: r.error_code === null ? null : { code: r.error_code, message: r.error_message ?? '' },
    startedAt: iso(r.created_at)!, finishedAt: iso(r.finished_at),
  };
}

function differenceView(d: DifferenceRow) {
  return {
    id: String(d.id), kind: d.kind, outTradeNo: d.out_trade_no, transactionId: d.transaction_id, outRefundNo: d.out_refund_no,
    wechatAmount: d.wechat_amount, dmhAmount: d.dmh_amount, resolution: d.resolution, reason: d.reason,
  };
}
