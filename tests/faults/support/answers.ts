import { API_URL } from '../../integration/support/api-client';
import type { Notification } from '../../integration/support/payer';

/**
 * Where the clients of a case send their requests: API_URL, unless the case spreads them over several
 * origins (API replicas, nginx in front of them), taken in turn.
 */
let origins: readonly string[] = [API_URL];
let turn = 0;

export function spreadOver(list: readonly string[]): void {
  origins = list.length > 0 ? [...list] : [API_URL];
  turn = 0;
}

/** The origin the next request goes to. */
export function apiOrigin(): string {
  return origins[turn++ % origins.length];
}

/** When a request was sent, relative to the fault. */
export type Phase = 'before' | 'during' | 'after' | 'resend';

/** What a client saw: one answer of the API (or the lack of one). */
export interface Answer {
  kind: 'callback' | 'replay' | 'resend' | 'probe-order' | 'probe-campaign' | 'resend-order';
  phase: Phase;
  orderNo?: string;
  /** HTTP status; 0 when no answer came (connection refused or the client's timeout fired). */
  status: number;
  /** Where it was sent (scheme, host and port). */
  origin: string;
  retryAfter: string | null;
  body: string;
  /** When it was sent (ms since the epoch) and how long the answer took. */
  at: number;
  ms: number;
  timedOut: boolean;
  error?: string;
}

/** Sends one request with a client timeout and records whatever happened, never throwing. */
export async function record(
  kind: Answer['kind'], phase: Phase, timeoutMs: number, url: string, init: RequestInit, orderNo?: string,
): Promise<Answer> {
  const started = Date.now();
  const origin = new URL(url).origin;
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { kind, phase, orderNo, status: response.status, origin, retryAfter: response.headers.get('retry-after'), body, at: started, ms: Date.now() - started, timedOut: false };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return { kind, phase, orderNo, status: 0, origin, retryAfter: null, body: '', at: started, ms: Date.now() - started, timedOut, error: e.cause?.code ?? e.message };
  }
}

/** WeChat Pay's notification, sent as WeChat sends it: the same signed bytes on every retry. */
export function sendNotification(kind: Answer['kind'], phase: Phase, orderNo: string, n: Notification, timeoutMs: number): Promise<Answer> {
  return record(kind, phase, timeoutMs, `${apiOrigin()}/api/v1/orders/payment/callback`, { method: 'POST', headers: n.headers, body: n.body }, orderNo);
}

/** A stack trace, a source path or an exception class name: nothing of the sort may reach a client. */
const LEAK = /\n\s+at\s|\bat\s+\S+\s+\(|\.(?:js|ts):\d+:\d+|node_modules|\b(?:TypeError|ReferenceError|QueryFailedError|ECONNREFUSED|ER_[A-Z_]+)\b/;

/**
 * The answers that break the rule "the API answers clearly while a part is down": anything but a success
 * or a 503 with a Retry-After, a client timeout (for a callback: beyond WeChat's 5 s), no answer at all,
 * or a body that leaks internals.
 */
export function unclearAnswers(answers: Answer[], okStatuses: Record<Answer['kind'], number[]>): (Answer & { why: string })[] {
  const bad: (Answer & { why: string })[] = [];
  for (const a of answers) {
    let why: string | null = null;
    if (a.timedOut) why = `no answer within the client's timeout (${a.ms} ms)`;
    else if (a.status === 0) why = `no answer: ${a.error}`;
    else if (LEAK.test(a.body)) why = 'the body leaks internals';
    else if (a.status === 503) {
      if (!a.retryAfter || !/^[1-9]\d*$/.test(a.retryAfter)) why = `503 without a Retry-After (${a.retryAfter})`;
    } else if (!okStatuses[a.kind].includes(a.status)) why = `HTTP ${a.status}`;
    if (why) bad.push({ ...a, body: a.body.slice(0, 300), why });
  }
  return bad;
}

/**
 * How long after the restart began the API served again what it had refused: for each kind of call refused
 * while the part was down, the first success of that kind sent after `restartAt`; the slowest kind counts.
 * Null when nothing was refused.
 */
export function recoveredAfter(answers: Answer[], restartAt: number): number | null {
  const refusedKinds = new Set(answers.filter((a) => a.status !== 200 && a.status !== 201).map((a) => a.kind.replace(/^resend-order$/, 'probe-order').replace(/^resend$/, 'callback')));
  let worst: number | null = null;
  for (const kind of refusedKinds) {
    const same = (a: Answer) => a.kind === kind || (kind === 'callback' && (a.kind === 'replay' || a.kind === 'resend')) || (kind === 'probe-order' && a.kind === 'resend-order');
    const firstOk = answers.filter((a) => same(a) && a.at >= restartAt && (a.status === 200 || a.status === 201)).sort((x, y) => x.at - y.at)[0];
    const seconds = firstOk ? (firstOk.at + firstOk.ms - restartAt) / 1000 : Number.POSITIVE_INFINITY;
    worst = worst === null ? seconds : Math.max(worst, seconds);
  }
  return worst;
}

export function summarize(answers: Answer[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) {
    const key = `${a.kind}/${a.phase}/${a.timedOut ? 'timeout' : a.status}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
