import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { before, describe, test } from 'node:test';
import { processEnv } from '../../../scripts/stack/env';
import { call, login } from '../support/api-client';
import { db, rows } from '../support/db';
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

async function startRun(body: Record<string, unknown>, token: string): Promise<any> {
  const answer = await call('POST', '/api/v1/sync/reconciliations', body, token);
  assert.equal(answer.status, 202, JSON.stringify(answer.body));
  return answer.body.data;
}

/** Follows a recorded run until the worker finishes it; its progress never goes back nor past the total. */
async function untilRunFinished(id: string, token: string): Promise<any> {
  let checked = 0;
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    const answer = await call('GET', `/api/v1/sync/reconciliations/${id}`, undefined, token);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const run = answer.body.data;
    assert.ok(run.ordersChecked >= checked && run.ordersChecked <= run.ordersTotal, `progress ${run.ordersChecked}/${run.ordersTotal}`);
    checked = run.ordersChecked;
    if (run.status !== 'running') return run;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`reconciliation run ${id} still running after 60 s`);
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

    const dryRun = await startRun({ brandId: b.brandId, from, to, requeue: false }, token);
    assert.deepEqual([dryRun.status, dryRun.ordersTotal, dryRun.requeue], ['running', 4, false], 'answered at once with the recorded run');
    const r = await untilRunFinished(dryRun.id, token);
    assert.equal(r.status, 'done');
    assert.deepEqual([r.target, r.kind, r.ordersChecked, r.ordersTotal], ['default', 'mysql', 4, 4]);
    assert.ok(r.finishedAt && r.createdByName, 'finished, by whom');
    assert.deepEqual(r.orders, { checked: 4, missing: 1, different: 1 });
    assert.deepEqual(r.rewards, { checked: 12, missing: 1, different: 0 });
    const items = r.items.map((i: any) => [i.entityType, i.id, i.problem, i.columns.join(',')]).sort();
    assert.deepEqual(items, [['order', changed.orderId, 'different', 'amount'], ['order', gone.orderId, 'missing', ''], ['reward', String(lostReward), 'missing', '']].sort());
    assert.equal(r.requeued, 0);
    assert.equal(Number((await rows<any>('SELECT COUNT(*) AS n FROM sync_jobs WHERE job_id LIKE ?', [`reconcile:%:${r.id}`]))[0].n), 0, 'a dry run re-queues nothing');

    const cli = await reconcileCli(['--brand', b.brandId, '--from', from, '--to', to, '--dry-run', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    const fromCli = JSON.parse(cli.stdout);
    assert.deepEqual([fromCli.orders, fromCli.rewards, fromCli.requeued], [r.orders, r.rewards, 0], 'the command finds the same');
    assert.deepEqual([...fromCli.orderIds].sort(), [gone.orderId, changed.orderId, rewardGone.orderId].sort());

    const fixed = await untilRunFinished((await startRun({ brandId: b.brandId, from, to }, token)).id, token);
    assert.deepEqual([fixed.status, fixed.requeued], ['done', 3]);
    const jobIds = (await rows<any>('SELECT job_id FROM sync_jobs WHERE job_id LIKE ?', [`reconcile:%:${fixed.id}`])).map((j) => j.job_id);
    assert.deepEqual(jobIds.map((j: string) => j.split(':')[1]).sort(), [gone.orderId, changed.orderId, rewardGone.orderId].sort(), 'one job per order, keyed on the run');
    await untilJobIds(jobIds, 'done');
    await assertInDefaultTarget([b.brandId]);
    const again = await untilRunFinished((await startRun({ brandId: b.brandId, from, to }, token)).id, token);
    assert.deepEqual([again.orders, again.rewards, again.requeued], [{ checked: 4, missing: 0, different: 0 }, { checked: 12, missing: 0, different: 0 }, 0]);
    const audit = await rows<any>("SELECT resource_id FROM audit_logs WHERE action = 'sync.reconcile.start' AND brand_id = ? ORDER BY id", [b.brandId]);
    assert.deepEqual(audit.map((a) => String(a.resource_id)), [r.id, fixed.id, again.id], 'every start is audited with its run');

    const list = await call('GET', `/api/v1/sync/reconciliations?brandId=${b.brandId}&pageSize=2`, undefined, token);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.equal(list.body.data.total, 3);
    assert.deepEqual(list.body.data.items.map((i: any) => [i.id, i.status]), [[again.id, 'done'], [fixed.id, 'done']], 'newest first, paged');
    assert.equal(list.body.data.items[0].items, undefined, 'the list leaves the differences out');

    // The command re-queues too (the running worker picks its jobs up).
    await externalRows('DELETE FROM crm_orders WHERE dmh_order_id = ?', [gone.orderId]);
    const run = await reconcileCli(['--brand', b.brandId, '--from', from, '--to', to]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /missing\s+order/);
    assert.match(run.stdout, /re-queued 1 orders/);
    await untilJobIds((await rows<any>("SELECT job_id FROM sync_jobs WHERE job_id LIKE ?", [`reconcile:${gone.orderId}:%`])).map((j) => j.job_id), 'done');
    await assertInDefaultTarget([b.brandId]);
  });

  test('a run left running by a stopped worker is failed, with words, when the worker starts again', async () => {
    const b = await brandWithCampaign();
    const [cut] = (await db().query<any>(
      `INSERT INTO sync_reconciliation_runs (brand_id, range_from, range_to, requeue, status, target, kind, orders_total, orders_checked, items)
       VALUES (?, NOW(3) - INTERVAL 1 DAY, NOW(3), 1, 'running', 'default', 'mysql', 1200, 500, '[]')`,
      [b.brandId],
    )) as any[];
    await currentStack().restart('sync');
    const run = (await call('GET', `/api/v1/sync/reconciliations/${cut.insertId}`, undefined, token)).body.data;
    assert.equal(run.status, 'failed');
    assert.match(run.error, /sync worker stopped while this run was in progress/);
    assert.ok(run.finishedAt);
    assert.deepEqual([run.ordersChecked, run.ordersTotal], [500, 1200], 'where it stopped is kept');
  });

  test('refusals: a range too wide or backwards, another brand, a read-only admin', async () => {
    const b = await brandWithCampaign();
    const other = await brandWithCampaign();
    const answer = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from: '2026-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, token);
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.data.errors.map((e: any) => e.field), ['body.to']);
    const wide = await call('POST', '/api/v1/sync/reconciliations', { brandId: b.brandId, from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, token);
    assert.equal(wide.status, 400);
    assert.equal(Number((await rows<any>('SELECT COUNT(*) AS n FROM sync_reconciliation_runs WHERE brand_id = ?', [b.brandId]))[0].n), 0, 'a refused run is not recorded');
    const user = await createBrandAdmin(b.brandId);
    const brandToken = await login(user.username, user.password);
    const body = { brandId: other.brandId, from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' };
    assert.equal((await call('POST', '/api/v1/sync/reconciliations', body, brandToken)).status, 403, 'sync:manage is needed');
    assert.equal((await call('GET', `/api/v1/sync/reconciliations?brandId=${other.brandId}`, undefined, brandToken)).status, 404, "another brand's runs are not listed");
    assert.equal((await call('GET', '/api/v1/sync/reconciliations/999999999', undefined, token)).status, 404);
    const usage = await reconcileCli(['--brand', 'x']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /usage: npm run sync:reconcile/);
  });
});
