import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { creditRewardsCommandSchema, withdrawalMoneyCommandSchema } from '@dmh/shared';
import { actorTurn, ActorFailure, InvalidCommand } from './actor-error';

const balance = (id = '7') => ({ type: 'BalanceActor', id });
const credit = (n: number) => ({ rewardId: String(n), orderId: '10', level: 1, amount: '10.00' });

/** Runs a command turn whose body records that it ran; answers the error it failed with, or null. */
async function turnWith(actor: { type: string; id: string }, command: unknown) {
  let ran = false;
  const error = await actorTurn(actor, 'creditRewards', { schema: creditRewardsCommandSchema, command }, async () => {
    ran = true;
    return 'done';
  }).then(() => null, (err: unknown) => err);
  return { ran, error };
}

describe('actorTurn with a command schema', () => {
  test('a valid command runs the body with the command as the schema reads it (unknown fields dropped)', async () => {
    const seen: unknown[] = [];
    const answer = await actorTurn(balance(), 'payOutWithdrawal', { schema: withdrawalMoneyCommandSchema, command: { withdrawalId: '5', extra: 1 } }, async (c) => {
      seen.push(c);
      return c.withdrawalId;
    });
    assert.equal(answer, '5');
    assert.deepEqual(seen, [{ withdrawalId: '5' }]);
  });

  test('an invalid command fails with invalid_command naming the field, and the body never runs', async () => {
    const credits = [credit(1), credit(2), { ...credit(3), amount: '-1.00' }];
    const { ran, error } = await turnWith(balance(), { credits });
    assert.equal(ran, false);
    assert.ok(error instanceof InvalidCommand);
    assert.ok(error instanceof ActorFailure, 'the ActorFailure the API side already knows');
    assert.equal(error.code, 'invalid_command');
    assert.equal(error.field, 'credits.2.amount');
    assert.match(error.detail, /^credits\.2\.amount: must be an amount above 0/);
    assert.match(error.message, /^BalanceActor\/7: invalid_command: credits\.2\.amount/);
    // What the SDK serialises for the caller: the code and the field are in it.
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(error))).sort(), ['code', 'detail', 'field', 'message', 'name']);
  });

  test('each kind of bad command is refused before the body: no command, a missing list, too many, a bad item', async () => {
    const cases: [unknown, string][] = [
      [undefined, '(root)'],
      [{}, 'credits'],
      [{ credits: Array.from({ length: 201 }, (_, i) => credit(i + 1)) }, 'credits'],
      [{ credits: [{ ...credit(1), rewardId: '01' }] }, 'credits.0.rewardId'],
      [{ credits: [{ ...credit(1), level: 9 }] }, 'credits.0.level'],
    ];
    for (const [command, field] of cases) {
      const { ran, error } = await turnWith(balance(), command);
      assert.equal(ran, false, JSON.stringify(command));
      assert.equal((error as InvalidCommand).field, field, JSON.stringify(command));
    }
  });

  test('an actor id that is not a DMH id is refused like a bad command (field actorId)', async () => {
    const { ran, error } = await turnWith(balance('abc'), { credits: [credit(1)] });
    assert.equal(ran, false);
    assert.equal((error as InvalidCommand).code, 'invalid_command');
    assert.equal((error as InvalidCommand).field, 'actorId');
  });

  test('a failure inside the body is still a <method>_failed ActorFailure, as without a schema', async () => {
    const error = await actorTurn(balance(), 'releaseWithdrawal', { schema: withdrawalMoneyCommandSchema, command: { withdrawalId: '5' } }, async () => {
      throw new Error('connection lost');
    }).then(() => null, (err: unknown) => err);
    assert.ok(error instanceof ActorFailure);
    assert.equal(error.code, 'releaseWithdrawal_failed');
    assert.equal(error.detail, 'connection lost');
    const plain = await actorTurn('BalanceActor/7', 'getBalance', async () => {
      throw new Error('boom');
    }).then(() => null, (err: unknown) => err);
    assert.equal((plain as ActorFailure).code, 'getBalance_failed');
  });
});
