import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOrder, inParallel } from './support/api-client';
import { one, rows } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { assertInvariants } from './support/invariants';
import { paidNotification, sendCallback } from './support/payer';
import { balanceOf, currentStack, untilSettled } from './support/suite';

describe('crash and recovery', () => {
  test('SIGKILL of the actor host in a burst of callbacks: every reward credited exactly once', async () => {
    const stack = currentStack();
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const orders = await inParallel(Array.from({ length: 80 }, () => nextPhone()), 20, (p) => createOrder(campaignId, p, chain[2].distributorId));
    const notifications = orders.map((o) => paidNotification(o.orderNo, 9900));

    let answered = 0;
    let killed: Promise<void> | undefined;
    const answers = await inParallel(notifications, 8, async (n) => {
      const answer = await sendCallback(n);
      answered += 1;
      if (answered === 20) killed = stack.kill('actors', 'SIGKILL');
      // A replay of every third notification while the host is down must still be a no-op.
      if (answered % 3 === 0) await sendCallback(n);
      return answer;
    });
    await killed;
    assert.equal(answers.filter((a) => a.status === 200).length, orders.length, 'every callback was accepted');
    assert.equal(stack.isRunning('actors'), false);
    const stuck = Number((await one<any>("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'")).n);
    console.log(`# ${stuck} settlements pending while the actor host is down`);
    assert.ok(stuck > 0, 'the kill landed in the middle of the burst: some settlements were left to recover');

    await stack.startProcess('actors');
    await untilSettled(180_000);

    const rewards = await rows<any>('SELECT r.id, r.status FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.campaign_id = ?', [campaignId]);
    assert.equal(rewards.length, orders.length * 3);
    assert.ok(rewards.every((r) => r.status === 'settled'));
    const credits = await one<any>(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT ref_id) AS distinct_refs FROM balance_ledger
        WHERE entry_type = 'reward_credit' AND ref_id IN (?)`,
      [rewards.map((r) => r.id)],
    );
    assert.deepEqual([Number(credits.n), Number(credits.distinct_refs)], [orders.length * 3, orders.length * 3], 'each reward credited exactly once');
    assert.deepEqual(
      [await balanceOf(chain[2].userId), await balanceOf(chain[1].userId), await balanceOf(chain[0].userId)],
      ['800.00', '400.00', '160.00'],
    );
    await assertInvariants();
  });
});
