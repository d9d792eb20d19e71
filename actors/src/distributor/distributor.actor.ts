import { AbstractActor } from '@dapr/dapr';
import {
  ApproveCommand, approveCommandSchema, ChangeUplineCommand, changeUplineCommandSchema, ChangeUplineResult, DISTRIBUTOR_ACTOR_TYPE, DistributorActorContract,
  DistributorStats, RejectCommand, rejectCommandSchema, ReviewResult,
} from '@dmh/shared';
import { actorTurn, ActorName } from '../runtime/actor-error';
import { DistributorRepository } from './distributor.repository';
import { DistributorUplineRepository } from './distributor-upline.repository';

const repository = new DistributorRepository();
const uplines = new DistributorUplineRepository();

/**
 * One actor per distributor (id = distributors.id): its lifecycle, i.e. its review state (pending → active |
 * rejected) and its place in the tree. Every transition is guarded by the expected state in the UPDATE, so a
 * replayed call changes nothing; its commands are checked against their schemas (distributor.actor-commands.ts)
 * before a turn does anything. Its earnings and counts are not its to write: BalanceActor's credit
 * transaction moves them with the money, so no actor turn is spent per reward here.
 * Never rename the class: its name is the actor type.
 */
export class DistributorActor extends AbstractActor implements DistributorActorContract {
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
