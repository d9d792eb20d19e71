import { AbstractActor } from '@dapr/dapr';
import { ApproveCommand, ChangeUplineCommand, ChangeUplineResult, DistributorActorContract, DistributorStats, RejectCommand, ReviewResult } from '@dmh/shared';
import { actorTurn, ActorFailure } from '../runtime/actor-error';
import { DistributorRepository } from './distributor.repository';
import { DistributorUplineRepository } from './distributor-upline.repository';

const repository = new DistributorRepository();
const uplines = new DistributorUplineRepository();

/**
 * One actor per distributor (id = distributors.id): its lifecycle, i.e. its review state (pending → active |
 * rejected) and its place in the tree. Every transition is guarded by the expected state in the UPDATE, so a
 * replayed call changes nothing. Its earnings and counts are not its to write: BalanceActor's credit
 * transaction moves them with the money, so no actor turn is spent per reward here.
 * Never rename the class: its name is the actor type.
 */
export class DistributorActor extends AbstractActor implements DistributorActorContract {
  async getStats(): Promise<DistributorStats> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'getStats', () => repository.stats(id));
  }

  async approve(command: ApproveCommand): Promise<ReviewResult> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'approve', async () => {
      assertValid(id, command, isId(command?.reviewerId));
      return repository.review(id, 'active', command.reviewerId, null);
    });
  }

  async reject(command: RejectCommand): Promise<ReviewResult> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'reject', async () => {
      const reasonOk = command?.reason === null || (typeof command?.reason === 'string' && command.reason.length <= 500);
      assertValid(id, command, isId(command?.reviewerId) && reasonOk);
      return repository.review(id, 'rejected', command.reviewerId, command.reason);
    });
  }

  async changeUpline(command: ChangeUplineCommand): Promise<ChangeUplineResult> {
    const id = this.getActorId().getId();
    return actorTurn(`DistributorActor/${id}`, 'changeUpline', async () => {
      assertValid(id, command, command?.parentId === null || isId(command?.parentId));
      return uplines.changeUpline(id, command.parentId);
    });
  }
}

const isId = (value: unknown): boolean => typeof value === 'string' && /^[1-9]\d{0,18}$/.test(value);

function assertValid(id: string, command: unknown, valid: boolean): void {
  if (!valid || !isId(id)) throw new ActorFailure('invalid_command', `DistributorActor/${id}`, JSON.stringify(command));
}
