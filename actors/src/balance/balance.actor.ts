import { AbstractActor } from '@dapr/dapr';
import {
  BALANCE_ACTOR_TYPE, BalanceActorContract, BalanceReversalCommand, balanceReversalCommandSchema, BalanceReversalResult, BalanceView,
  CreditRewardCommand, creditRewardCommandSchema, CreditRewardResult, CreditRewardsCommand, creditRewardsCommandSchema, CreditRewardsResult,
  RequestWithdrawalCommand, requestWithdrawalCommandSchema, RequestWithdrawalResult, WithdrawalMoneyCommand, withdrawalMoneyCommandSchema,
  WithdrawalMoneyResult,
} from '@dmh/shared';
import { actorTurn, ActorName } from '../runtime/actor-error';
import { logger } from '../runtime/logger';
import { BalanceReversalRepository } from './balance-reversal.repository';
import { BalanceWithdrawalRepository } from './balance-withdrawal.repository';
import { BalanceRepository } from './balance.repository';

const repository = new BalanceRepository();
const reversals = new BalanceReversalRepository();
const withdrawals = new BalanceWithdrawalRepository();

/**
 * One actor per user balance (id = user id). Dapr's turn-based concurrency runs one call at a time per
 * balance, so concurrent credits to a hot distributor are serialised here instead of by lock retries; the
 * ledger's unique key (entry_type, ref_id) makes every change idempotent against Dapr's at-least-once calls:
 * a reward is credited once and reversed once, a withdrawal frozen, released or paid out once.
 * Every command is checked against its schema (balance.actor-commands.ts) before a turn does anything.
 * The class name is the actor type: never rename it.
 */
export class BalanceActor extends AbstractActor implements BalanceActorContract {
  async creditReward(command: CreditRewardCommand): Promise<CreditRewardResult> {
    const actor = this.name();
    return actorTurn(actor, 'creditReward', { schema: creditRewardCommandSchema, command }, async (c) => {
      const outcome = await repository.creditReward(actor.id, c.rewardId, c.amount);
      logger.debug({ userId: actor.id, rewardId: c.rewardId, applied: outcome.applied, credited: outcome.credited }, 'reward credit');
      return outcome;
    });
  }

  /** Many credits in one turn and one transaction (a hot balance's queue, sent at once); each applied once. */
  async creditRewards(command: CreditRewardsCommand): Promise<CreditRewardsResult> {
    const actor = this.name();
    return actorTurn(actor, 'creditRewards', { schema: creditRewardsCommandSchema, command }, async ({ credits }) => {
      const results = await repository.creditRewards(actor.id, credits.map((c) => ({ rewardId: c.rewardId, amount: c.amount })));
      logger.debug({ userId: actor.id, credits: credits.length, applied: results.filter((r) => 'applied' in r && r.applied).length }, 'reward credits');
      return { results };
    });
  }

  async reverseReward(command: BalanceReversalCommand): Promise<BalanceReversalResult> {
    const actor = this.name();
    return actorTurn(actor, 'reverseReward', { schema: balanceReversalCommandSchema, command }, async (c) => {
      const outcome = await reversals.reverseReward(actor.id, c.rewardId, c.orderId);
      logger.info({ userId: actor.id, rewardId: c.rewardId, ...outcome }, 'reward reversal');
      return outcome;
    });
  }

  async requestWithdrawal(command: RequestWithdrawalCommand): Promise<RequestWithdrawalResult> {
    const actor = this.name();
    return actorTurn(actor, 'requestWithdrawal', { schema: requestWithdrawalCommandSchema, command }, (c) => withdrawals.request(actor.id, c));
  }

  async releaseWithdrawal(command: WithdrawalMoneyCommand): Promise<WithdrawalMoneyResult> {
    const actor = this.name();
    return actorTurn(actor, 'releaseWithdrawal', { schema: withdrawalMoneyCommandSchema, command }, (c) => withdrawals.release(actor.id, c.withdrawalId));
  }

  async payOutWithdrawal(command: WithdrawalMoneyCommand): Promise<WithdrawalMoneyResult> {
    const actor = this.name();
    return actorTurn(actor, 'payOutWithdrawal', { schema: withdrawalMoneyCommandSchema, command }, (c) => withdrawals.payOut(actor.id, c.withdrawalId));
  }

  async getBalance(): Promise<BalanceView> {
    const userId = this.getActorId().getId();
    return actorTurn(`${BALANCE_ACTOR_TYPE}/${userId}`, 'getBalance', () => repository.find(userId));
  }

  private name(): ActorName {
    return { type: BALANCE_ACTOR_TYPE, id: this.getActorId().getId() };
  }
}
