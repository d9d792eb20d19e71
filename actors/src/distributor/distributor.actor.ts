import { AbstractActor } from '@dapr/dapr';
import { DistributorActorContract, DistributorStats, isMoneyText, RecordRewardCommand, ReverseRewardCommand } from '@dmh/shared';
import { actorTurn, ActorFailure } from '../runtime/actor-error';
import { DistributorRepository } from './distributor.repository';

const repository = new DistributorRepository();

/** One actor per distributor (id = distributors.id): its earnings and statistics. Never rename the class. */
export class DistributorActor extends AbstractActor implements DistributorActorContract {
  async recordReward(command: RecordRewardCommand): Promise<{ applied: boolean }> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'recordReward', async () => {
      if (!/^\d+$/.test(String(command?.rewardId)) || !isMoneyText(command?.amount) || ![1, 2, 3].includes(command.level)) {
        throw new ActorFailure('invalid_command', `DistributorActor/${id}`, JSON.stringify(command));
      }
      const applied = await repository.recordReward(id, command.rewardId, command.orderId, command.level, command.amount);
      return { applied };
    });
  }

  async reverseReward(command: ReverseRewardCommand): Promise<{ applied: boolean }> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'reverseReward', async () => {
      if (!/^\d+$/.test(String(command?.rewardId)) || !isMoneyText(command?.amount) || ![1, 2, 3].includes(command.level)) {
        throw new ActorFailure('invalid_command', `DistributorActor/${id}`, JSON.stringify(command));
      }
      const applied = await repository.reverseReward(id, command.rewardId, command.level, command.amount);
      return { applied };
    });
  }

  async getStats(): Promise<DistributorStats> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'getStats', () => repository.stats(id));
  }
}
