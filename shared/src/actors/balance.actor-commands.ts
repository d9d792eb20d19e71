import { z } from 'zod';
import { idSchema } from '../ids/id';
import { positiveMoneySchema } from '../money/money.schemas';

/**
 * The commands BalanceActor accepts, checked by the actor before a turn does anything (actorTurn); their
 * types (balance.actor-contract.ts) are inferred from these schemas, so caller and actor share one definition.
 */

/** The most credits one `creditRewards` call may carry. */
export const MAX_CREDITS_PER_CALL = 200;

/** Reward levels: referrer = 1, its parent = 2, grandparent = 3. */
export const rewardLevelSchema = z.int().min(1).max(3);

export const creditRewardCommandSchema = z.object({
  rewardId: idSchema,
  orderId: idSchema,
  level: rewardLevelSchema,
  /** Yuan, DECIMAL text ("10.00"). */
  amount: positiveMoneySchema,
});
export type CreditRewardCommand = z.infer<typeof creditRewardCommandSchema>;

/**
 * Several rewards of this balance credited in ONE turn and ONE transaction (what a hot balance needs: the
 * caller sends, in one call, every credit that queued up while the previous call ran). Each credit is still
 * applied at most once, keyed by its reward id, exactly as `creditReward` would; a refused credit (not a
 * reward of this user, or another amount) does not stop the others.
 */
export const creditRewardsCommandSchema = z.object({
  credits: z.array(creditRewardCommandSchema).min(1).max(MAX_CREDITS_PER_CALL),
});
export type CreditRewardsCommand = z.infer<typeof creditRewardsCommandSchema>;

/** A refunded order's reward, reversed once however often it is asked (the order must be refunded). */
export const balanceReversalCommandSchema = z.object({ rewardId: idSchema, orderId: idSchema });
export type BalanceReversalCommand = z.infer<typeof balanceReversalCommandSchema>;

/** The client's idempotency key of a withdrawal request (or one the API made up). */
export const REQUEST_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * A distributor's withdrawal request: creates the withdrawal and freezes its amount in one step, or
 * refuses. `requestKey` makes it idempotent: the same key returns the same withdrawal.
 */
export const requestWithdrawalCommandSchema = z.object({
  requestKey: z.string().regex(REQUEST_KEY_PATTERN, '8 to 64 letters, digits, _ or -'),
  amount: positiveMoneySchema,
  /** The brand whose admins review it; null when the distributor belongs to none. */
  brandId: idSchema.nullable(),
  accountInfo: z.record(z.string(), z.string()).nullable(),
});
export type RequestWithdrawalCommand = z.infer<typeof requestWithdrawalCommandSchema>;

/** A reviewed withdrawal whose money must move: released (rejected) or paid out (paid). */
export const withdrawalMoneyCommandSchema = z.object({ withdrawalId: idSchema });
export type WithdrawalMoneyCommand = z.infer<typeof withdrawalMoneyCommandSchema>;
