/**
 * What a test can tell the sandbox (POST /sandbox/control): drop, delay or duplicate notifications,
 * answer refunds PROCESSING and notify later, serve a bill that does not match its hash. Settings apply
 * to one order (`out_trade_no`) or to every order without its own. Development and tests only.
 */
import { z } from '../common/zod';

export interface NotificationControl {
  /** Never delivered, as a notification lost past WeChat's retries. */
  drop?: boolean;
  /** Delivered this many milliseconds later; the payer's call answers at once. */
  delayMs?: number;
  /** Delivered twice, concurrently, with the same event id, as overlapping WeChat retries. */
  duplicate?: boolean;
}

export interface RefundControl {
  /** SUCCESS: refunded and notified at once (today's default). PROCESSING: SUCCESS after `notifyAfterMs`. */
  status: 'SUCCESS' | 'PROCESSING';
  notifyAfterMs: number;
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
    refund: z.object({ status: z.enum(['SUCCESS', 'PROCESSING']), notify_after_ms: z.int().min(0).max(MAX_DELAY_MS).optional() }).optional(),
    bill: z.object({ corrupt: z.boolean() }).optional(),
    close: z.object({ pay_in_flight: z.boolean() }).optional(),
  })
  .refine((c) => c.bill === undefined || c.out_trade_no === undefined, { message: 'bill settings are not per order', path: ['bill'] })
  .refine((c) => c.close === undefined || c.out_trade_no !== undefined, { message: 'close settings are per order', path: ['close'] });

export type SandboxControl = z.infer<typeof sandboxControlSchema>;

const DEFAULT_REFUND: RefundControl = { status: 'SUCCESS', notifyAfterMs: 0 };
const DEFAULT_PROCESSING_MS = 1_000;

interface Settings {
  notification?: NotificationControl;
  refund?: RefundControl;
  close?: CloseControl;
}

export class SandboxControls {
  private defaults: Settings = {};
  private readonly perOrder = new Map<string, Settings>();
  private readonly timers = new Set<NodeJS.Timeout>();
  corruptBill = false;

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
      target.refund = {
        status: control.refund.status,
        notifyAfterMs: control.refund.notify_after_ms ?? (control.refund.status === 'PROCESSING' ? DEFAULT_PROCESSING_MS : 0),
      };
    }
    if (control.bill) this.corruptBill = control.bill.corrupt;
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

  refund(outTradeNo: string): RefundControl {
    return this.perOrder.get(outTradeNo)?.refund ?? this.defaults.refund ?? DEFAULT_REFUND;
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
