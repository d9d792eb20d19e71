import http from 'node:http';
import { API_URL } from '../../tests/integration/support/api-client';
import { paidNotification, sandbox, type Notification } from '../../tests/integration/support/payer';
import type { BenchOrder } from './fixtures';
import { nowMs, sleep } from './stats';

/** One paid callback as the client saw it. */
export interface Shot {
  orderNo: string;
  sentMs: number;
  answeredMs: number;
  status: number;
  ok: boolean;
  /** Refused at once with 503 + Retry-After: the API was working on as many callbacks as it takes (WeChat re-sends these). */
  shed: boolean;
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
const agent = new http.Agent({ keepAlive: true, maxSockets: 2048 });
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
    req.setTimeout(60_000, () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', reject);
    req.end(n.body);
  });
}

async function shoot(orderNo: string, n: Notification): Promise<Shot> {
  const sentMs = nowMs();
  try {
    const answer = await sendCallback(n);
    const ok = answer.status === 200 && answer.body?.code === 'SUCCESS';
    const shed = answer.status === 503 && answer.body?.code === 'FAIL' && answer.retryAfter !== undefined;
    return { orderNo, sentMs, answeredMs: nowMs(), status: answer.status, ok, shed, ...(ok ? {} : { error: `${answer.status} ${JSON.stringify(answer.body)}`.slice(0, 200) }) };
  } catch (err) {
    return { orderNo, sentMs, answeredMs: nowMs(), status: 0, ok: false, shed: false, error: (err as Error).message };
  }
}

/**
 * Open loop: callback i is sent at start + i / rate whatever happened to the earlier ones (a provider does
 * not wait for DMH), so a system that falls behind shows it as latency, not as a lower offered rate.
 * `lateMs` is how far behind its schedule the client itself ever was (it must stay small for the rate to be
 * the offered one).
 */
export async function openLoop(orders: readonly BenchOrder[], notifications: readonly Notification[], ratePerSecond: number) {
  const shots: Promise<Shot>[] = [];
  const start = nowMs();
  let lateMs = 0;
  for (let i = 0; i < orders.length; i++) {
    const due = start + (i * 1000) / ratePerSecond;
    const wait = due - nowMs();
    if (wait > 1) await sleep(wait);
    else lateMs = Math.max(lateMs, -wait);
    shots.push(shoot(orders[i].orderNo, notifications[i]));
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
