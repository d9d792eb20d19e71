import { AbstractActor } from '@dapr/dapr';
import { BalanceActorContract, BalanceView, CreditRewardCommand, CreditRewardResult, isMoneyText, toCents } from '@dmh/shared';
import { actorTurn, ActorFailure } from '../runtime/actor-error';
import { logger } from '../runtime/logger';
import { BalanceRepository } from './balance.repository';

const repository = new BalanceRepository();

/**
 * One actor per user balance (id = user id). Dapr's turn-based concurrency runs one call at a time per
 * balance, so concurrent credits to a hot distributor are serialised here instead of by lock retries; the
 * ledger's unique key (entry_type, ref_id) makes every credit idempotent against Dapr's at-least-once calls.
 * The class name is the actor type: never rename it.
 */
export class BalanceActor extends AbstractActor implements BalanceActorContract {
  async creditReward(command: CreditRewardCommand): Promise<CreditRewardResult> {
    const userId = this.getActorId().getId();
    return actorTurn(`BalanceActor/${userId}`, 'creditReward', async () => {
      if (!/^\d+$/.test(String(command?.rewardId)) || !isMoneyText(command?.amount) || toCents(command.amount) <= 0) {
        throw new ActorFailure('invalid_command', `BalanceActor/${userId}`, JSON.stringify(command));
      }
      const outcome = await repository.creditReward(userId, command.rewardId, command.amount);
      logger.debug({ userId, rewardId: command.rewardId, applied: outcome.applied }, 'reward credit');
      return outcome;
    });
  }

  async getBalance(): Promise<BalanceView> {
    const userId = this.getActorId().getId();
    return actorTurn(`BalanceActor/${userId}`, 'getBalance', () => repository.find(userId));
  }
}
