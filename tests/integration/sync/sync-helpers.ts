import assert from 'node:assert/strict';
import { call, createOrder, inParallel, login, waitFor } from '../support/api-client';
import { rows } from '../support/db';
import { externalByKey } from '../support/external-db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from '../support/factories';
import { paidNotification, sendCallback } from '../support/payer';
import { currentStack } from '../support/suite';

/**
 * Retries and breaker in seconds, not minutes: 0.5 s, 1 s, 2 s backoff; breaker open 4 s after 5 failures.
 * The suite's own external server on its own port: the outage scenario must own it to stop it, even when
 * a server on the default port is running (and would be reused).
 */
export const SYNC_TEST_ENV = {
  EXTERNAL_DB_PORT: process.env.DMH_SYNC_TEST_EXTERNAL_DB_PORT ?? '3317',
  SYNC_RETRY_BASE_MS: '500',
  SYNC_RETRY_MAX_MS: '4000',
  SYNC_BREAKER_THRESHOLD: '5',
  SYNC_BREAKER_COOLDOWN_MS: '4000',
  SYNC_POLL_MS: '200',
};

let adminToken: string | undefined;
export async function admin(): Promise<string> {
  adminToken ??= await login('admin', 'Admin@12345');
  return adminToken;
}

/** A brand with a 3-level chain and a 99.00 campaign whose rewards are 10.00 / 5.00 / 2.00. */
export async function brandWithCampaign(): Promise<{ brandId: string; campaignId: string; referrerId: string }> {
  const brandId = await createBrand();
  const chain = await createDistributorChain(brandId, 3);
  const campaignId = await createCampaign(brandId);
  return { brandId, campaignId, referrerId: chain[2].distributorId };
}

/** Orders paid through signed callbacks (the real path: settlement, rewards, the sync job through the binding). */
export async function paidOrders(b: { campaignId: string; referrerId: string }, n: number): Promise<{ orderId: string; orderNo: string }[]> {
  const orders = await inParallel(Array.from({ length: n }, () => nextPhone()), 5, (p) => createOrder(b.campaignId, p, b.referrerId));
  for (const o of orders) {
    const answer = await sendCallback(paidNotification(o.orderNo, 9900));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  }
  return orders;
}

export interface JobMessage {
  jobId: string;
  orderId: string;
  brandId: string;
  /** The same value in every copy of one message; a later value is a new request under the same job id. */
  requestedAt?: string;
}

/** Drops a job into the queue exactly as the API and the actors do: the Dapr output binding of the API's sidecar. */
export async function sendJob(job: JobMessage): Promise<void> {
  await sendMessage({ kind: 'order', requestedAt: new Date().toISOString(), ...job });
}

/** Several jobs in one message, as the API sends the jobs of the orders paid within its linger. */
export async function sendJobs(jobs: JobMessage[]): Promise<void> {
  await sendMessage({ jobs: jobs.map((job) => ({ kind: 'order', requestedAt: new Date().toISOString(), ...job })) });
}

async function sendMessage(data: object): Promise<void> {
  const body = { operation: 'create', data };
  const response = await fetch(`${currentStack().urls.apiSidecar}/v1.0/bindings/sync-jobs-out`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000),
  });
  assert.ok(response.ok, `binding send: ${response.status} ${await response.text()}`);
}

export async function jobStates(where: string, params: unknown[]): Promise<Map<string, string>> {
  const found = await rows<{ job_id: string; status: string }>(`SELECT job_id, status FROM sync_jobs WHERE ${where}`, params);
  return new Map(found.map((r) => [r.job_id, r.status]));
}

/** Waits until every job of the orders has reached one of `states` (and at least one job exists per order). */
export async function untilJobs(orderIds: string[], states: string[], timeoutMs = 60_000): Promise<void> {
  await waitFor(`sync jobs of ${orderIds.length} orders to be ${states.join('/')}`, async () => {
    const found = await rows<{ entity_id: string; status: string }>('SELECT entity_id, status FROM sync_jobs WHERE entity_id IN (?)', [orderIds]);
    const seen = new Set(found.map((r) => String(r.entity_id)));
    return orderIds.every((id) => seen.has(id)) && found.every((r) => states.includes(r.status));
  }, timeoutMs, 200);
}

export async function untilJobIds(jobIds: string[], state: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(`jobs ${jobIds.join(', ')} to be ${state}`, async () => {
    const states = await jobStates('job_id IN (?)', [jobIds]);
    return jobIds.every((id) => states.get(id) === state);
  }, timeoutMs, 200);
}

/** The attempts of an order's jobs, oldest first: [attempt, status, error]. */
export async function attemptsOf(orderId: string): Promise<{ attempt: number; status: string; error: string | null; duration_ms: number; job_id: string }[]> {
  return rows("SELECT job_id, attempt, status, error, duration_ms FROM sync_logs WHERE entity_type = 'order' AND entity_id = ? ORDER BY id", [orderId]);
}

/**
 * Every paid order of the brands and each of its rewards is in the default target (crm_orders /
 * crm_rewards), exactly once (keys are DMH ids), with DMH's status and amount.
 */
export async function assertInDefaultTarget(brandIds: string[]): Promise<void> {
  const orders = await rows<any>("SELECT id, status, amount FROM orders WHERE brand_id IN (?) AND paid_at IS NOT NULL", [brandIds]);
  const rewards = await rows<any>('SELECT r.id, r.status, r.amount FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.brand_id IN (?) AND o.paid_at IS NOT NULL', [brandIds]);
  const xo = await externalByKey<any>('crm_orders', 'dmh_order_id', orders.map((o) => String(o.id)));
  const xr = await externalByKey<any>('crm_rewards', 'dmh_reward_id', rewards.map((r) => String(r.id)));
  assert.deepEqual(orders.filter((o) => xo.get(String(o.id))?.status !== o.status || xo.get(String(o.id))?.amount !== o.amount).map((o) => o.id), [], 'orders in the target as in DMH');
  assert.deepEqual(rewards.filter((r) => xr.get(String(r.id))?.status !== r.status || xr.get(String(r.id))?.amount !== r.amount).map((r) => r.id), [], 'rewards in the target as in DMH');
}

export async function syncStatusOf(orderId: string): Promise<string> {
  // The sync worker's own record; an order it has not reached yet has none (pending).
  const [state] = await rows<{ status: string }>('SELECT status FROM order_sync_states WHERE order_id = ?', [orderId]);
  return state?.status ?? 'pending';
}

export async function workerMetrics(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${currentStack().cfg.ports.sync}/metrics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
  return response.text();
}

/** The value of one Prometheus sample (0 when absent). */
export function metric(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(name) && !l.startsWith(`${name}_`) && want.every((w) => l.includes(w)));
  return line ? Number(line.split(' ').pop()) : 0;
}

export { call };
