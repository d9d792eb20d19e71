import assert from 'node:assert/strict';
import type { Stack } from '../../../scripts/stack/stack';
import { createOrder, inParallel } from '../../integration/support/api-client';
import { createBrand, createCampaign, createDistributorChain, nextPhone, type ChainMember } from '../../integration/support/factories';
import { assertInvariants } from '../../integration/support/invariants';
import { paidNotification } from '../../integration/support/payer';
import { rows } from '../../integration/support/db';
import { untilSettled } from '../../integration/support/suite';
import { type Answer, recoveredAfter, sendNotification, summarize, unclearAnswers } from './answers';
import { ApiProbes, CallbackBurst, signUp, type PaidOrder } from './burst';
import { type Evidence, type FaultTrace, LogMarks } from './evidence';
import { FAULTS } from './fault-env';
import { assertAnnouncedOnce, assertPaidAndCreditedOnce, assertSyncedOnce } from './money-checks';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One fault: how it is caused, how long it lasts, how the part is brought back, and how it shows. */
export interface FaultCase {
  /** Short name for DMH_FAULTS. */
  name: string;
  title: string;
  holdMs: number;
  inject(stack: Stack): Promise<void>;
  recover(stack: Stack): Promise<void>;
  /**
   * The signs the fault must have left (read once the system settled), each seen at least once: what a
   * no-op inject could not produce. Checked before the money checks, which mean little for a fault that
   * was never felt.
   */
  felt(trace: FaultTrace): Promise<Evidence[]>;
  /** Settling may take longer after some faults (a killed worker's lease must expire first). */
  settleTimeoutMs?: number;
  /** Paid orders in the burst, when the fault's length is not holdMs (e.g. one that lasts as long as its inject). */
  orders?: number;
}

export interface FaultReport {
  name: string;
  orders: number;
  callbacks: number;
  replays: number;
  refusedDuringFault: number;
  resent: number;
  probes: number;
  probesRefused: number;
  maxCallbackMs: number;
  maxProbeMs: number;
  downSeconds: number;
  restartSeconds: number;
  /** Restart begun → the API serving again what it refused while the part was down. */
  apiRecoveredSeconds: number | null;
  settledSeconds: number;
  /** Each sign of the fault and how often it was seen. */
  felt: Record<string, number>;
  answers: Record<string, number>;
  /** Callbacks (fresh, replayed, re-sent) accepted with a 200, by where they were sent. */
  acceptedBy: Record<string, number>;
}

const OK_STATUSES: Record<Answer['kind'], number[]> = {
  callback: [200], replay: [200], resend: [200], 'probe-order': [201], 'resend-order': [201], 'probe-campaign': [200],
};

async function setUp(orderCount: number): Promise<{ orders: PaidOrder[]; campaignId: string; chains: ChainMember[][]; chainOf: Map<string, ChainMember[]> }> {
  const brandId = await createBrand();
  const chains = [await createDistributorChain(brandId, 3), await createDistributorChain(brandId, 3)];
  const campaignId = await createCampaign(brandId);
  const chainOf = new Map<string, ChainMember[]>();
  const created = await inParallel(Array.from({ length: orderCount }, (_, i) => i), 8, async (i) => {
    const chain = chains[i % chains.length];
    const o = await createOrder(campaignId, nextPhone(), chain[2].distributorId);
    chainOf.set(o.orderNo, chain);
    return o;
  });
  const orders = created.map((o) => ({ orderNo: o.orderNo, notification: paidNotification(o.orderNo, 9900) }));
  return { orders, campaignId, chains, chainOf };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** Sends `send()` until it answers `ok`, as WeChat (or a consumer) would after a refusal; returns the answers. */
async function resendUntil(send: () => Promise<Answer>, ok: number, deadline: number): Promise<Answer[]> {
  const seen: Answer[] = [];
  for (;;) {
    const a = await send();
    seen.push(a);
    if (a.status === ok) return seen;
    if (Date.now() > deadline) return seen;
    await sleep(1000);
  }
}

/**
 * One fault case from start to verdict: a burst of paid callbacks (with replays) and other API calls; the
 * fault in the middle; the part brought back; everything refused sent again until it succeeds; the system
 * left to settle; then every check of the issue.
 */
export async function runFaultCase(stack: Stack, c: FaultCase): Promise<FaultReport> {
  const orderCount = c.orders ?? Math.ceil(FAULTS.callbackRate * (c.holdMs / 1000 + 6)) + 10;
  const { orders, campaignId, chains, chainOf } = await setUp(orderCount);
  const burst = new CallbackBurst(orders);
  const probes = new ApiProbes(campaignId, chains[0][2].distributorId);

  burst.start();
  await burst.untilSent(Math.ceil(FAULTS.callbackRate * 2));
  burst.phase = 'during';
  probes.start();
  const marks = new LogMarks(stack, stack.processNames);
  const faultAt = Date.now();
  let restartAt = 0;
  try {
    try {
      if (!FAULTS.noOpInject) await c.inject(stack);
      await sleep(c.holdMs);
    } finally {
      restartAt = Date.now();
      if (!FAULTS.noOpInject) await c.recover(stack);
    }
  } catch (err) {
    // A part that could not be broken or brought back: stop calling the API, or the run would never end.
    await Promise.all([burst.stop(), probes.stop()]);
    throw err;
  }
  const upAt = Date.now();
  burst.phase = 'after';
  probes.phase = 'after';
  await sleep(2000);
  await probes.stop();
  await burst.finish();

  // Everything refused is sent again, as WeChat does, until it is accepted; then WeChat's last replay of all.
  const deadline = Date.now() + 120_000;
  const accepted = new Set(burst.answers.filter((a) => a.status === 200).map((a) => a.orderNo));
  const refused = orders.filter((o) => !accepted.has(o.orderNo));
  const resendRuns = await inParallel(refused, 4, (o) =>
    resendUntil(() => sendNotification('resend', 'resend', o.orderNo, o.notification, FAULTS.callbackTimeoutMs), 200, deadline));
  const resends = resendRuns.flat();
  const signupRuns = await inParallel(probes.refusedSignups, 2, (body) => resendUntil(() => signUp('resend-order', 'resend', body), 201, deadline));
  const signups = signupRuns.flat();
  const replays = await inParallel(orders, 8, (o) => sendNotification('replay', 'resend', o.orderNo, o.notification, FAULTS.callbackTimeoutMs));

  await untilSettled(c.settleTimeoutMs ?? 180_000);
  const settledAt = Date.now();

  const all = [...burst.answers, ...probes.answers, ...resends, ...signups, ...replays];
  const orderIds = (await rows<{ id: string }>('SELECT id FROM orders WHERE order_no IN (?)', [orders.map((o) => o.orderNo)])).map((o) => String(o.id));
  const signs: Evidence[] = await c.felt({ stack, orderIds, answers: all, logSince: (name) => marks.since(name) });
  const report: FaultReport = {
    name: c.name,
    orders: orders.length,
    callbacks: burst.answers.filter((a) => a.kind === 'callback').length,
    replays: all.filter((a) => a.kind === 'replay').length,
    refusedDuringFault: burst.answers.filter((a) => a.phase === 'during' && a.status !== 200).length,
    resent: refused.length,
    probes: probes.answers.length,
    probesRefused: probes.answers.filter((a) => a.status !== 200 && a.status !== 201).length,
    maxCallbackMs: Math.max(0, ...all.filter((a) => a.kind === 'callback' || a.kind === 'replay' || a.kind === 'resend').map((a) => a.ms)),
    maxProbeMs: Math.max(0, ...all.filter((a) => a.kind.startsWith('probe') || a.kind === 'resend-order').map((a) => a.ms)),
    downSeconds: (upAt - faultAt) / 1000,
    restartSeconds: (upAt - restartAt) / 1000,
    apiRecoveredSeconds: recoveredAfter(all, restartAt),
    settledSeconds: (settledAt - upAt) / 1000,
    felt: Object.fromEntries(signs.map((e) => [e.what, e.seen])),
    answers: summarize(all),
    acceptedBy: countBy(all.filter((a) => a.status === 200 && ['callback', 'replay', 'resend'].includes(a.kind)), (a) => a.origin),
  };
  console.log(`# ${c.name}: ${JSON.stringify(report)}`);

  assert.ok(signs.length > 0, `${c.name} names the signs its fault must leave`);
  if (FAULTS.noOpInject) {
    // The check of the checks: with nothing broken, none of the signs may show (else the case proves nothing).
    assert.deepEqual(signs.filter((s) => s.seen > 0), [], 'with nothing injected, no sign of the fault shows');
  } else {
    for (const sign of signs) assert.ok(sign.seen > 0, `the fault was felt: ${sign.what} (none seen)`);
  }

  assert.deepEqual(unclearAnswers(all, OK_STATUSES), [], 'while a part was down the API answered only success or 503 with Retry-After, in time, without internals');
  assert.deepEqual(resendRuns.filter((run) => run.at(-1)?.status !== 200).map((run) => run[0].orderNo), [], 'every refused callback succeeded once sent again');
  assert.deepEqual(signupRuns.filter((run) => run.at(-1)?.status !== 201).map((run) => run.at(-1)?.status), [], 'every refused sign-up succeeded once sent again');

  await assertPaidAndCreditedOnce({ paid: new Map(orders.map((o) => [o.orderNo, o.notification.transactionId])), chainOf });
  await assertSyncedOnce(orders.map((o) => o.orderNo));
  const feedWait = await assertAnnouncedOnce(orders.map((o) => o.orderNo));
  console.log(`# ${c.name}: every reward.settled event was in its feed ${feedWait.toFixed(1)} s after the checks began`);
  await assertInvariants();
  return report;
}
