import http from 'node:http';
import { API_URL } from '../../tests/integration/support/api-client';
import { paidNotification, sandbox, type Notification } from '../../tests/integration/support/payer';
import type { BenchOrder } from './fixtures';
import { nowMs, sleep } from './stats';

/** One paid callback as the client saw it. */
export interface Shot {
  orderNo: string;
  /** When it was due: open loop, start + i / rate (every latency is timed from here); closed loop, sentMs. */
  dueMs: number;
  sentMs: number;
  answeredMs: number;
  status: number;
  ok: boolean;
  /** Refused at once with 503 + Retry-After: the API was working on as many callbacks as it takes (WeChat re-sends these). */
  shed: boolean;
  /** No answer: `timeout` (none within BENCH_CALLBACK_TIMEOUT_MS), `connection` (refused, reset, …); absent when answered. */
  failure?: 'timeout' | 'connection';
  /** Closed loop only: times it was refused with 503 + Retry-After and sent again (sentMs is the first send). */
  resent?: number;
  error?: string;
}

/**
 * WeChat Pay's signed, encrypted TRANSACTION.SUCCESS notifications for the orders, made BEFORE the clock
 * starts (RSA signing is the provider's work, not DMH's). They stay valid for the verifier's 5 minutes.
 */
export function signNotifications(orders: readonly BenchOrder[], amountFen: number): Notification[] {
  const s = sandbox();
  return orders.map((o) => paidNotification(o.orderNo, amountFen, s));
}

/**
 * The provider's side of the wire, as light as it can be (node:http over kept-alive sockets, not fetch): the
 * client runs on the same two cores as the system it measures, so every cycle it spends is taken from DMH.
 */
// No socket limit: a request waiting in the agent for a free socket would be the client's queue, not DMH's.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** How long the client waits for an answer (WeChat Pay itself gives up after 5 s and re-sends). */
const CALLBACK_TIMEOUT_MS = Number(process.env.BENCH_CALLBACK_TIMEOUT_MS ?? 30_000);
const callbackUrl = new URL('/api/v1/orders/payment/callback', API_URL);

function sendCallback(n: Notification): Promise<{ status: number; body: any; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: callbackUrl.hostname, port: callbackUrl.port, path: callbackUrl.pathname, method: 'POST', agent, headers: { ...n.headers, 'content-length': n.body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: any = null;
          try {
            body = JSON.parse(text);
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode ?? 0, body, retryAfter: res.headers['retry-after'] });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(CALLBACK_TIMEOUT_MS, () => req.destroy(new TimeoutError(`no answer within ${CALLBACK_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(n.body);
  });
}

class TimeoutError extends Error {}

async function shoot(orderNo: string, n: Notification, dueMs?: number): Promise<Shot> {
  const sentMs = nowMs();
  try {
    const answer = await sendCallback(n);
    const ok = answer.status === 200 && answer.body?.code === 'SUCCESS';
    const shed = answer.status === 503 && answer.body?.code === 'FAIL' && answer.retryAfter !== undefined;
    return { orderNo, dueMs: dueMs ?? sentMs, sentMs, answeredMs: nowMs(), status: answer.status, ok, shed, ...(ok ? {} : { error: `${answer.status} ${JSON.stringify(answer.body)}`.slice(0, 200) }) };
  } catch (err) {
    const failure = err instanceof TimeoutError ? 'timeout' : 'connection';
    return { orderNo, dueMs: dueMs ?? sentMs, sentMs, answeredMs: nowMs(), status: 0, ok: false, shed: false, failure, error: (err as Error).message };
  }
}

/**
 * Open loop: callback i is due at start + i / rate whatever happened to the earlier ones (a provider does
 * not wait for DMH), so a system that falls behind shows it as latency, not as a lower offered rate. Every
 * latency is timed from the due time, not from when this client got round to sending (no coordinated
 * omission); `lateMs` is each send's lateness (sent − due): if the client itself fell behind (it shares the
 * cores with the system), the phase says so.
 */
export async function openLoop(orders: readonly BenchOrder[], notifications: readonly Notification[], ratePerSecond: number) {
  const shots: Promise<Shot>[] = [];
  const lateMs: number[] = [];
  const start = nowMs() + 5;
  for (let i = 0; i < orders.length; i++) {
    const due = start + (i * 1000) / ratePerSecond;
    const wait = due - nowMs();
    if (wait > 1) await sleep(wait);
    lateMs.push(Math.max(0, nowMs() - due));
    shots.push(shoot(orders[i].orderNo, notifications[i], due));
  }
  const offeredMs = nowMs() - start;
  const done = await Promise.all(shots);
  agent.destroy(); // no idle keep-alive socket outlives the phase (the API closes idle ones after 65 s)
  return { shots: done, start, offeredMs, lateMs };
}

/**
 * Closed loop: `concurrency` callbacks in flight at all times, as fast as the system answers. A callback
 * refused with 503 + Retry-After is sent again after that delay, as WeChat Pay would (it keeps its first
 * send time, so its latency includes the wait).
 */
export async function closedLoop(orders: readonly BenchOrder[], notifications: readonly Notification[], concurrency: number) {
  const shots: Shot[] = new Array(orders.length);
  let next = 0;
  const start = nowMs();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < orders.length) {
        const i = next++;
        let shot = await shoot(orders[i].orderNo, notifications[i]);
        const firstSentMs = shot.sentMs;
        let resent = 0;
        while (shot.shed) {
          await sleep(1000);
          shot = await shoot(orders[i].orderNo, notifications[i]);
          resent += 1;
        }
        shots[i] = { ...shot, sentMs: firstSentMs, resent };
      }
    }),
  );
  const wallMs = nowMs() - start;
  agent.destroy();
  return { shots, start, wallMs };
}
