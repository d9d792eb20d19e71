import { AbstractActor } from '@dapr/dapr';
import {
  ApproveCommand, approveCommandSchema, ChangeUplineCommand, changeUplineCommandSchema, ChangeUplineResult, DISTRIBUTOR_ACTOR_TYPE, DistributorActorContract,
  DistributorStats, isMoneyText, MAX_RECORDS_PER_CALL, RecordRewardCommand, RecordRewardsCommand, RecordRewardsResult, RejectCommand, rejectCommandSchema,
  ReverseRewardCommand, ReviewResult,
} from '@dmh/shared';
import { actorTurn, ActorFailure, ActorName } from '../runtime/actor-error';
import { DistributorRepository } from './distributor.repository';
import { DistributorUplineRepository } from './distributor-upline.repository';

const repository = new DistributorRepository();
const uplines = new DistributorUplineRepository();

/**
 * One actor per distributor (id = distributors.id): its review state (pending → active | rejected), its
 * earnings and statistics. Its state is its own distributors row (and distributor_rewards); every
 * transition is guarded by the expected state in the UPDATE, so a replayed call changes nothing. Its
 * lifecycle commands are checked against their schemas (distributor.actor-commands.ts) before a turn does
 * anything. Never rename the class: its name is the actor type.
 */
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

  /** Several settled rewards counted in one turn and one transaction, each once (by reward id). */
  async recordRewards(command: RecordRewardsCommand): Promise<RecordRewardsResult> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'recordRewards', async () => {
      const rewards = command?.rewards;
      const valid = Array.isArray(rewards) && rewards.length > 0 && rewards.length <= MAX_RECORDS_PER_CALL && rewards.every(validReward);
      if (!valid || !/^\d+$/.test(id)) throw new ActorFailure('invalid_command', `DistributorActor/${id}`, JSON.stringify(command));
      const list = rewards.map((r) => ({ rewardId: String(r.rewardId), orderId: String(r.orderId), level: r.level, amount: r.amount }));
      const applied = await repository.recordRewards(id, list);
      return { results: list.map((r, i) => ({ rewardId: r.rewardId, applied: applied[i] })) };
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

  async approve(command: ApproveCommand): Promise<ReviewResult> {
    const actor = this.name();
    return actorTurn(actor, 'approve', { schema: approveCommandSchema, command }, (c) => repository.review(actor.id, 'active', c.reviewerId, null));
  }

  async reject(command: RejectCommand): Promise<ReviewResult> {
    const actor = this.name();
    return actorTurn(actor, 'reject', { schema: rejectCommandSchema, command }, (c) => repository.review(actor.id, 'rejected', c.reviewerId, c.reason));
  }

  async changeUpline(command: ChangeUplineCommand): Promise<ChangeUplineResult> {
    const actor = this.name();
    return actorTurn(actor, 'changeUpline', { schema: changeUplineCommandSchema, command }, (c) => uplines.changeUpline(actor.id, c.parentId));
  }

  private name(): ActorName {
    return { type: DISTRIBUTOR_ACTOR_TYPE, id: this.getActorId().getId() };
  }
}

const validReward = (r: RecordRewardCommand | undefined): boolean =>
  /^\d+$/.test(String(r?.rewardId)) && /^\d+$/.test(String(r?.orderId)) && isMoneyText(r?.amount) && [1, 2, 3].includes(r?.level as number);
