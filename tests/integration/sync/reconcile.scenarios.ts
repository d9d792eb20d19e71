import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { before, describe, test } from 'node:test';
import { processEnv } from '../../../scripts/stack/env';
import { call, login } from '../support/api-client';
import { rows } from '../support/db';
import { externalRows } from '../support/external-db';
import { createBrandAdmin } from '../support/factories';
import { currentStack, untilSettled } from '../support/suite';
import { admin, assertInDefaultTarget, brandWithCampaign, paidOrders, untilJobIds } from './sync-helpers';

/** `npm run sync:reconcile -- …` as an operator runs it, with the stack's settings. */
function reconcileCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const stack = currentStack();
    const child = spawn('npm', ['run', '--silent', 'sync:reconcile', '--', ...args], { cwd: stack.cfg.repoRoot, env: processEnv(stack.cfg, { LOG_LEVEL: 'warn' }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('sync: reconciliation', () => {
  let token: string;
  before(async () => {
    token = await admin();
  });

  test('lists what is missing or different for a brand and time range, then re-queues it (API and CLI)', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const b = await brandWithCampaign();
    const orders = await paidOrders(b, 4);
    await untilSettled();
    const to = new Date(Date.now() + 60_000).toISOString();
    const [gone, changed, rewardGone] = orders;
    const lostReward = (await rows<any>('SELECT id FROM rewards WHERE order_id = ? AND level = 2', [rewardGone.orderId]))[0].id;
    await externalRows('DELETE FROM crm_orders WHERE dmh_order_id = ?', [gone.orderId]);
    await externalRows("UPDATE crm_orders SET amount = '1.00' WHERE dmh_order_id = ?", [changed.orderId]);
    await externalRows('DELETE FROM crm_rewards WHERE dmh_reward_id = ?', [lostReward]);

    const dry = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from, to, requeue: false }, token);
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    const r = dry.body.data;
    assert.deepEqual([r.target, r.kind], ['default', 'mysql']);
    assert.deepEqual(r.orders, { checked: 4, missing: 1, different: 1 });
    assert.deepEqual(r.rewards, { checked: 12, missing: 1, different: 0 });
    const items = r.items.map((i: any) => [i.entityType, i.id, i.problem, i.columns.join(',')]).sort();
    assert.deepEqual(items, [['order', changed.orderId, 'different', 'amount'], ['order', gone.orderId, 'missing', ''], ['reward', String(lostReward), 'missing', '']].sort());
    assert.deepEqual([...r.orderIds].sort(), [gone.orderId, changed.orderId, rewardGone.orderId].sort());
    assert.equal(r.requeued, 0);

    const cli = await reconcileCli(['--brand', b.brandId, '--from', from, '--to', to, '--dry-run', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    const fromCli = JSON.parse(cli.stdout);
    assert.deepEqual([fromCli.orders, fromCli.rewards, fromCli.requeued], [r.orders, r.rewards, 0], 'the command finds the same');

    const fixed = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from, to }, token);
    assert.equal(fixed.body.data.requeued, 3);
    await untilJobIds(fixed.body.data.jobIds, 'done');
    await assertInDefaultTarget([b.brandId]);
    const again = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from, to }, token);
    assert.deepEqual([again.body.data.orders, again.body.data.rewards, again.body.data.requeued], [{ checked: 4, missing: 0, different: 0 }, { checked: 12, missing: 0, different: 0 }, 0]);
    const audit = await rows<any>("SELECT action FROM audit_logs WHERE action = 'sync.reconcile.requeue' AND brand_id = ?", [b.brandId]);
    assert.equal(audit.length, 1, 'the re-queue is audited; read-only runs are not');

    // The command re-queues too (the running worker picks its jobs up).
    await externalRows('DELETE FROM crm_orders WHERE dmh_order_id = ?', [gone.orderId]);
    const run = await reconcileCli(['--brand', b.brandId, '--from', from, '--to', to]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /missing\s+order/);
    assert.match(run.stdout, /re-queued 1 orders/);
    await untilJobIds((await rows<any>("SELECT job_id FROM sync_jobs WHERE job_id LIKE ?", [`reconcile:${gone.orderId}:%`])).map((j) => j.job_id), 'done');
    await assertInDefaultTarget([b.brandId]);
  });

  test('refusals: a range too wide or backwards, another brand, a read-only admin', async () => {
    const b = await brandWithCampaign();
    const other = await brandWithCampaign();
    const answer = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from: '2026-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, token);
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.data.errors.map((e: any) => e.field), ['body.to']);
    const wide = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, token);
    assert.equal(wide.status, 400);
    const user = await createBrandAdmin(b.brandId);
    const brandToken = await login(user.username, user.password);
    const body = { brandId: other.brandId, from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' };
    assert.equal((await call('POST', '/api/v1/sync/reconciliations', body, brandToken)).status, 403, 'sync:manage is needed');
    const usage = await reconcileCli(['--brand', 'x']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /usage: npm run sync:reconcile/);
  });
});
