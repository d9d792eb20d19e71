import { AbstractActor } from '@dapr/dapr';
import {
  BalanceActorContract, BalanceReversalCommand, BalanceReversalResult, BalanceView, CreditRewardCommand, CreditRewardResult,
  CreditRewardsCommand, CreditRewardsResult, isMoneyText, MAX_CREDITS_PER_CALL, RequestWithdrawalCommand, RequestWithdrawalResult,
  toCents, WithdrawalMoneyCommand, WithdrawalMoneyResult,
} from '@dmh/shared';
import { actorTurn, ActorFailure } from '../runtime/actor-error';
import { logger } from '../runtime/logger';
import { BalanceReversalRepository } from './balance-reversal.repository';
import { BalanceWithdrawalRepository } from './balance-withdrawal.repository';
import { BalanceRepository } from './balance.repository';

const repository = new BalanceRepository();
const reversals = new BalanceReversalRepository();
const withdrawals = new BalanceWithdrawalRepository();

const ID = /^[1-9]\d{0,18}$/;
const REQUEST_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const positiveMoney = (value: unknown): value is string => isMoneyText(value) && toCents(value) > 0;

/**
 * One actor per user balance (id = user id). Dapr's turn-based concurrency runs one call at a time per
 * balance, so concurrent credits to a hot distributor are serialised here instead of by lock retries; the
 * ledger's unique key (entry_type, ref_id) makes every change idempotent against Dapr's at-least-once calls:
 * a reward is credited once and reversed once, a withdrawal frozen, released or paid out once.
 * The class name is the actor type: never rename it.
 */
export class BalanceActor extends AbstractActor implements BalanceActorContract {
  async creditReward(command: CreditRewardCommand): Promise<CreditRewardResult> {
    return this.turn('creditReward', command, ID.test(String(command?.rewardId)) && positiveMoney(command?.amount), async (userId) => {
      const outcome = await repository.creditReward(userId, command.rewardId, command.amount);
      logger.debug({ userId, rewardId: command.rewardId, applied: outcome.applied, credited: outcome.credited }, 'reward credit');
      return outcome;
    });
  }

  /** Many credits in one turn and one transaction (a hot balance's queue, sent at once); each applied once. */
  async creditRewards(command: CreditRewardsCommand): Promise<CreditRewardsResult> {
    const credits = command?.credits;
    const valid =
      Array.isArray(credits) && credits.length > 0 && credits.length <= MAX_CREDITS_PER_CALL &&
      credits.every((c) => ID.test(String(c?.rewardId)) && positiveMoney(c?.amount));
    return this.turn('creditRewards', command, valid, async (userId) => {
      const results = await repository.creditRewards(userId, credits.map((c) => ({ rewardId: String(c.rewardId), amount: c.amount })));
      logger.debug({ userId, credits: credits.length, applied: results.filter((r) => 'applied' in r && r.applied).length }, 'reward credits');
      return { results };
    });
  }

  async reverseReward(command: BalanceReversalCommand): Promise<BalanceReversalResult> {
    const valid = ID.test(String(command?.rewardId)) && ID.test(String(command?.orderId));
    return this.turn('reverseReward', command, valid, async (userId) => {
      const outcome = await reversals.reverseReward(userId, command.rewardId, command.orderId);
      logger.info({ userId, rewardId: command.rewardId, ...outcome }, 'reward reversal');
      return outcome;
    });
  }

  async requestWithdrawal(command: RequestWithdrawalCommand): Promise<RequestWithdrawalResult> {
    const valid =
      REQUEST_KEY.test(String(command?.requestKey)) && positiveMoney(command?.amount) &&
      (command.brandId === null || ID.test(String(command.brandId))) &&
      (command.accountInfo === null || (typeof command.accountInfo === 'object' && Object.values(command.accountInfo).every((v) => typeof v === 'string')));
    return this.turn('requestWithdrawal', command, valid, (userId) => withdrawals.request(userId, command));
  }

  async releaseWithdrawal(command: WithdrawalMoneyCommand): Promise<WithdrawalMoneyResult> {
    return this.turn('releaseWithdrawal', command, ID.test(String(command?.withdrawalId)), (userId) => withdrawals.release(userId, command.withdrawalId));
  }

  async payOutWithdrawal(command: WithdrawalMoneyCommand): Promise<WithdrawalMoneyResult> {
    return this.turn('payOutWithdrawal', command, ID.test(String(command?.withdrawalId)), (userId) => withdrawals.payOut(userId, command.withdrawalId));
  }

  async getBalance(): Promise<BalanceView> {
    const userId = this.getActorId().getId();
    return actorTurn(`BalanceActor/${userId}`, 'getBalance', () => repository.find(userId));
  }

  /** Validates the command, then runs the body as one logged turn; nothing escapes unmapped. */
  private turn<T>(method: string, command: unknown, valid: boolean, body: (userId: string) => Promise<T>): Promise<T> {
    const userId = this.getActorId().getId();
    const actor = `BalanceActor/${userId}`;
    return actorTurn(actor, method, async () => {
      if (!valid || !ID.test(userId)) throw new ActorFailure('invalid_command', actor, JSON.stringify(command));
      return body(userId);
    });
  }
}
