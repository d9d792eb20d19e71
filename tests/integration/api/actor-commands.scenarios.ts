import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { one, rows } from '../support/db';
import { createBrand, createDistributorChain } from '../support/factories';
import { ACTOR_AUTH_HEADER, signActorCall } from '@dmh/shared/dist/actors/actor-call-auth';
import { currentStack } from '../support/suite';
import { TEST_ACTOR_CALL_SECRET } from '../support/test-stack';

/** Calls an actor method on the actor host's own sidecar, signed as the API's actorRef signs it. */
async function actorCall(type: string, id: string, method: string, body: unknown): Promise<{ status: number; text: string }> {
  const port = currentStack().cfg.ports.actorsDaprHttp;
  const res = await fetch(`http://127.0.0.1:${port}/v1.0/actors/${type}/${id}/method/${method}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', [ACTOR_AUTH_HEADER]: signActorCall(TEST_ACTOR_CALL_SECRET, { actorType: type, actorId: id, method }) },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

describe('actor commands are checked against their shared schemas before a turn does anything', () => {
  test('a malformed credit batch is refused whole with invalid_command naming the field; nothing is written', async () => {
    const [distributor] = await createDistributorChain(await createBrand(), 1);
    const credits = [{ rewardId: '1', orderId: '1', level: 1, amount: '10.00' }, { rewardId: '2', orderId: '1', level: 1, amount: '10.001' }];
    const answer = await actorCall('BalanceActor', distributor.userId, 'creditRewards', { credits });
    assert.ok(answer.status >= 400, `${answer.status} ${answer.text}`);
    assert.match(answer.text, /invalid_command/);
    assert.match(answer.text, /credits\.1\.amount/);
    assert.equal((await one<{ balance: string }>('SELECT balance FROM user_balances WHERE user_id = ?', [distributor.userId])).balance, '0.00');
    assert.deepEqual(await rows('SELECT id FROM balance_ledger WHERE user_id = ?', [distributor.userId]), []);
  });

  test('a withdrawal request with a bad key, and a review with a bad reviewer, change nothing', async () => {
    const [distributor] = await createDistributorChain(await createBrand(), 1);
    const withdrawal = await actorCall('BalanceActor', distributor.userId, 'requestWithdrawal', { requestKey: 'short', amount: '1.00', brandId: null, accountInfo: null });
    assert.match(withdrawal.text, /invalid_command/);
    assert.match(withdrawal.text, /requestKey/);
    assert.deepEqual(await rows('SELECT id FROM withdrawals WHERE user_id = ?', [distributor.userId]), []);

    const review = await actorCall('DistributorActor', distributor.distributorId, 'reject', { reviewerId: 'admin', reason: null });
    assert.match(review.text, /invalid_command/);
    assert.match(review.text, /reviewerId/);
    assert.equal((await one<{ status: string }>('SELECT status FROM distributors WHERE id = ?', [distributor.distributorId])).status, 'active');
  });
});
