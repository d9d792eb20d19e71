import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import { issuesOf } from '../events/message-check';
import {
  balanceReversalCommandSchema, creditRewardCommandSchema, creditRewardsCommandSchema, MAX_CREDITS_PER_CALL, requestWithdrawalCommandSchema,
  withdrawalMoneyCommandSchema,
} from './balance.actor-commands';
import { closeOrderCommandSchema, joinCommandSchema, reseatOrderCommandSchema } from './campaign.actor-commands';
import { approveCommandSchema, changeUplineCommandSchema, rejectCommandSchema } from './distributor.actor-commands';

/** The fields a schema refuses in `value` (zod's issue paths, dotted), or [] when it accepts it. */
function refused(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : issuesOf(parsed.error).map((i) => i.field);
}

const credit = (n = 1) => ({ rewardId: String(n), orderId: '10', level: 1, amount: '10.00' });
const withdrawal = () => ({ requestKey: 'key-12345678', amount: '5.50', brandId: '3', accountInfo: { bank: 'ICBC', account: '6222' } });
const join = () => ({ orderNo: 'D20261204120000ABCDEFGHJKLM', phone: '13800000000', formData: { name: 'Li' }, referrerId: '0', userId: null, idempotencyKey: null });

describe('BalanceActor commands', () => {
  test('a credit: ids, a level of 1 to 3 and an amount above 0 with at most 2 decimals', () => {
    assert.deepEqual(refused(creditRewardCommandSchema, credit()), []);
    assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), amount: '0.01', level: 3 }), []);
    assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), rewardId: '0' }), ['rewardId']);
    assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), rewardId: 12 }), ['rewardId']);
    assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), orderId: '1'.repeat(20) }), ['orderId']);
    assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), level: 4 }), ['level']);
    assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), level: 1.5 }), ['level']);
    for (const amount of ['0.00', '-1.00', '1.001', '1e3', 10, ' 1.00']) {
      assert.deepEqual(refused(creditRewardCommandSchema, { ...credit(), amount }), ['amount'], `amount ${JSON.stringify(amount)}`);
    }
    assert.deepEqual(refused(creditRewardCommandSchema, { rewardId: '1' }), ['orderId', 'level', 'amount']);
    assert.deepEqual(refused(creditRewardCommandSchema, null), ['(root)']);
  });

  test('a batch of credits: 1 to MAX_CREDITS_PER_CALL, each checked, the bad one named by its index', () => {
    const credits = (n: number) => Array.from({ length: n }, (_, i) => credit(i + 1));
    assert.deepEqual(refused(creditRewardsCommandSchema, { credits: credits(MAX_CREDITS_PER_CALL) }), []);
    assert.deepEqual(refused(creditRewardsCommandSchema, { credits: credits(MAX_CREDITS_PER_CALL + 1) }), ['credits']);
    assert.deepEqual(refused(creditRewardsCommandSchema, { credits: [] }), ['credits']);
    assert.deepEqual(refused(creditRewardsCommandSchema, {}), ['credits']);
    const oneBad = credits(5);
    oneBad[3] = { ...oneBad[3], amount: 'ten' };
    assert.deepEqual(refused(creditRewardsCommandSchema, { credits: oneBad }), ['credits.3.amount']);
  });

  test('a reversal needs the reward and order ids', () => {
    assert.deepEqual(refused(balanceReversalCommandSchema, { rewardId: '5', orderId: '9' }), []);
    assert.deepEqual(refused(balanceReversalCommandSchema, { rewardId: '5', orderId: 'x' }), ['orderId']);
  });

  test('a withdrawal request: key pattern, positive amount, brand id or null, account info of texts or null', () => {
    assert.deepEqual(refused(requestWithdrawalCommandSchema, withdrawal()), []);
    assert.deepEqual(refused(requestWithdrawalCommandSchema, { ...withdrawal(), brandId: null, accountInfo: null }), []);
    assert.deepEqual(refused(requestWithdrawalCommandSchema, { ...withdrawal(), requestKey: 'short' }), ['requestKey']);
    assert.deepEqual(refused(requestWithdrawalCommandSchema, { ...withdrawal(), requestKey: 'has space 123' }), ['requestKey']);
    assert.deepEqual(refused(requestWithdrawalCommandSchema, { ...withdrawal(), amount: '0' }), ['amount']);
    assert.deepEqual(refused(requestWithdrawalCommandSchema, { ...withdrawal(), brandId: undefined }), ['brandId']);
    assert.deepEqual(refused(requestWithdrawalCommandSchema, { ...withdrawal(), accountInfo: { account: 6222 } }), ['accountInfo.account']);
  });

  test('a withdrawal whose money moves is named by its id', () => {
    assert.deepEqual(refused(withdrawalMoneyCommandSchema, { withdrawalId: '77' }), []);
    assert.deepEqual(refused(withdrawalMoneyCommandSchema, { withdrawalId: '-1' }), ['withdrawalId']);
  });
});

describe('CampaignActor commands', () => {
  test('a sign-up: order number and phone within their columns, a form object, a referrer id or 0, nullable user and key', () => {
    assert.deepEqual(refused(joinCommandSchema, join()), []);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), referrerId: '12', userId: '5', idempotencyKey: 'abcdefgh' }), []);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), orderNo: 'D'.repeat(33) }), ['orderNo']);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), phone: '' }), ['phone']);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), formData: 'name=Li' }), ['formData']);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), referrerId: '' }), ['referrerId']);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), userId: '0' }), ['userId']);
    assert.deepEqual(refused(joinCommandSchema, { ...join(), idempotencyKey: undefined }), ['idempotencyKey']);
  });

  test('a close names the order and one of the known reasons; a re-seat the order', () => {
    assert.deepEqual(refused(closeOrderCommandSchema, { orderNo: 'D1', reason: 'expired' }), []);
    assert.deepEqual(refused(closeOrderCommandSchema, { orderNo: 'D1', reason: 'provider_closed' }), []);
    assert.deepEqual(refused(closeOrderCommandSchema, { orderNo: 'D1', reason: 'bored' }), ['reason']);
    assert.deepEqual(refused(reseatOrderCommandSchema, { orderNo: 'D1' }), []);
    assert.deepEqual(refused(reseatOrderCommandSchema, {}), ['orderNo']);
  });
});

describe('DistributorActor lifecycle commands', () => {
  test('a review names its reviewer; a rejection reason is at most 500 characters or null', () => {
    assert.deepEqual(refused(approveCommandSchema, { reviewerId: '1' }), []);
    assert.deepEqual(refused(approveCommandSchema, { reviewerId: 1 }), ['reviewerId']);
    assert.deepEqual(refused(rejectCommandSchema, { reviewerId: '1', reason: null }), []);
    assert.deepEqual(refused(rejectCommandSchema, { reviewerId: '1', reason: 'x'.repeat(500) }), []);
    assert.deepEqual(refused(rejectCommandSchema, { reviewerId: '1', reason: 'x'.repeat(501) }), ['reason']);
    assert.deepEqual(refused(rejectCommandSchema, { reviewerId: '1' }), ['reason']);
  });

  test('an upline change names the new parent, or null for the top', () => {
    assert.deepEqual(refused(changeUplineCommandSchema, { parentId: '8' }), []);
    assert.deepEqual(refused(changeUplineCommandSchema, { parentId: null }), []);
    assert.deepEqual(refused(changeUplineCommandSchema, { parentId: '' }), ['parentId']);
    assert.deepEqual(refused(changeUplineCommandSchema, {}), ['parentId']);
  });
});
