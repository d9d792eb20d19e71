/**
 * What a test can tell the sandbox (POST /sandbox/control): drop, delay or duplicate notifications (a
 * refund's notification too: they go to the order's notify URL under the order's setting), answer refunds
 * SUCCESS at once instead of PROCESSING, end a refund CLOSED or ABNORMAL instead of SUCCESS, serve a bill
 * that does not match its hash, bill one order at another amount than it was paid (WeChat's books
 * disagreeing with DMH's, for reconciliation). Settings apply to one order (`out_trade_no`) or to every
 * order without its own. Development and tests only.
 */
import { z } from 'zod';

export interface NotificationControl {
  /** Never delivered, as a notification lost past WeChat's retries. */
  drop?: boolean;
  /** Delivered this many milliseconds later; the payer's call answers at once. */
  delayMs?: number;
  /** Delivered twice, concurrently, with the same event id, as overlapping WeChat retries. */
  duplicate?: boolean;
}

/** How a refund ends at WeChat: SUCCESS, or CLOSED, or ABNORMAL (the payer's card closed or frozen). */
export type RefundOutcome = 'SUCCESS' | 'CLOSED' | 'ABNORMAL';

export interface RefundControl {
  /**
   * PROCESSING (the default, as WeChat answers): the refund ends `outcome` after `notifyAfterMs`, notified
   * then (REFUND.SUCCESS, REFUND.CLOSED or REFUND.ABNORMAL). SUCCESS: refunded and notified at once.
   */
  status: 'SUCCESS' | 'PROCESSING';
  notifyAfterMs: number;
  outcome: RefundOutcome;
}

/**
 * WeChat's race between closing and paying: the next close of the order answers success, yet the payer's
 * payment, already in flight, still completes (and is notified), as when a payer confirms just before the close.
 */
export interface CloseControl {
  payInFlight: boolean;
}

const MAX_DELAY_MS = 600_000;

export const sandboxControlSchema = z
  .object({
    out_trade_no: z.string().min(1).max(32).optional(),
    notification: z
      .object({ drop: z.boolean().optional(), delay_ms: z.int().min(0).max(MAX_DELAY_MS).optional(), duplicate: z.boolean().optional() })
      .optional(),
    refund: z
      .object({
        status: z.enum(['SUCCESS', 'PROCESSING']),
        notify_after_ms: z.int().min(0).max(MAX_DELAY_MS).optional(),
        outcome: z.enum(['SUCCESS', 'CLOSED', 'ABNORMAL']).optional(),
      })
      .refine((r) => r.status === 'PROCESSING' || r.outcome === undefined || r.outcome === 'SUCCESS', {
        message: 'only a PROCESSING refund can end CLOSED or ABNORMAL',
        path: ['outcome'],
      })
      .optional(),
    bill: z.object({ corrupt: z.boolean() }).optional(),
    /** The order's payment row in the bill shows this total (fen) instead of what was paid. */
    billed_amount_fen: z.int().min(1).max(100_000_000).optional(),
    close: z.object({ pay_in_flight: z.boolean() }).optional(),
  })
  .refine((c) => c.bill === undefined || c.out_trade_no === undefined, { message: 'bill settings are not per order', path: ['bill'] })
  .refine((c) => c.billed_amount_fen === undefined || c.out_trade_no !== undefined, { message: 'a billed amount is per order', path: ['billed_amount_fen'] })
  .refine((c) => c.close === undefined || c.out_trade_no !== undefined, { message: 'close settings are per order', path: ['close'] });

export type SandboxControl = z.infer<typeof sandboxControlSchema>;

/** How long a PROCESSING refund takes unless told otherwise (the sandbox process's SANDBOX_REFUND_NOTIFY_AFTER_MS). */
export const DEFAULT_REFUND_NOTIFY_AFTER_MS = 1_000;

interface Settings {
  notification?: NotificationControl;
  refund?: RefundControl;
  billedAmountFen?: number;
  close?: CloseControl;
}

export class SandboxControls {
  private readonly defaultRefund: RefundControl;
  private defaults: Settings = {};
  private readonly perOrder = new Map<string, Settings>();
  private readonly timers = new Set<NodeJS.Timeout>();
  corruptBill = false;

  constructor(refundNotifyAfterMs = DEFAULT_REFUND_NOTIFY_AFTER_MS) {
    this.defaultRefund = { status: 'PROCESSING', notifyAfterMs: refundNotifyAfterMs, outcome: 'SUCCESS' };
  }

  apply(control: SandboxControl): void {
    const target = control.out_trade_no === undefined ? this.defaults : (this.perOrder.get(control.out_trade_no) ?? {});
    if (control.notification) {
      const n = control.notification;
      target.notification = {
        ...(n.drop !== undefined && { drop: n.drop }),
        ...(n.delay_ms !== undefined && { delayMs: n.delay_ms }),
        ...(n.duplicate !== undefined && { duplicate: n.duplicate }),
      };
    }
    if (control.refund) {
      const processing = control.refund.status === 'PROCESSING';
      target.refund = {
        status: control.refund.status,
        notifyAfterMs: processing ? (control.refund.notify_after_ms ?? this.defaultRefund.notifyAfterMs) : 0,
        outcome: control.refund.outcome ?? 'SUCCESS',
      };
    }
    if (control.bill) this.corruptBill = control.bill.corrupt;
    if (control.billed_amount_fen !== undefined) target.billedAmountFen = control.billed_amount_fen;
    if (control.close) target.close = { payInFlight: control.close.pay_in_flight };
    if (control.out_trade_no !== undefined) this.perOrder.set(control.out_trade_no, target);
  }

  /** Back to the defaults; notifications already scheduled are cancelled. */
  reset(): void {
    this.defaults = {};
    this.perOrder.clear();
    this.corruptBill = false;
    this.cancelScheduled();
  }

  notification(outTradeNo: string): NotificationControl {
    return this.perOrder.get(outTradeNo)?.notification ?? this.defaults.notification ?? {};
  }

  /** What the bill shows as this order's total, when told to differ from what was paid. */
  billedAmount(outTradeNo: string): number | undefined {
    return this.perOrder.get(outTradeNo)?.billedAmountFen;
  }

  refund(outTradeNo: string): RefundControl {
    return this.perOrder.get(outTradeNo)?.refund ?? this.defaults.refund ?? this.defaultRefund;
  }

  /** True once after `close: { pay_in_flight: true }` for this order: that close answers success and closes nothing. */
  takeCloseRace(outTradeNo: string): boolean {
    const settings = this.perOrder.get(outTradeNo);
    if (!settings?.close?.payInFlight) return false;
    settings.close = undefined;
    return true;
  }

  /** Runs `task` later without keeping the process alive; `reset` or `cancelScheduled` cancels it. */
  later(ms: number, task: () => Promise<unknown>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      // A later delivery that fails is a notification WeChat would retry; the sandbox just drops it.
      task().catch(() => undefined);
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  cancelScheduled(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
