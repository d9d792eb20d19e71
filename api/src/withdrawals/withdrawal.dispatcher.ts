import { BALANCE_ACTOR_TYPE, BalanceActorContract } from '@dmh/shared';
import { actorRef } from '../dapr/actor-invoker';
import { OutboxItem, OutboxRepository } from '../outbox/outbox.repository';
import { runOutboxItem } from '../outbox/outbox.worker';
import { WITHDRAWAL_PAYOUT_KIND, WITHDRAWAL_RELEASE_KIND, WithdrawalsRepository } from './withdrawals.repository';

export { WITHDRAWAL_PAYOUT_KIND, WITHDRAWAL_RELEASE_KIND };

/**
 * Moves a reviewed withdrawal's money after its review committed: a rejected one's frozen amount back to
 * the balance, a paid one's out for good, each through the owner's BalanceActor (idempotent by withdrawal
 * id). Run at once after the review and, if that did not finish, by the outbox relay.
 */
export class WithdrawalDispatcher {
  constructor(
    private readonly outbox = new OutboxRepository(),
    private readonly withdrawals = new WithdrawalsRepository(),
  ) {}

  release(item: Pick<OutboxItem, 'id' | 'aggregateId'>): Promise<boolean> {
    return runOutboxItem(this.outbox, item, 'withdrawal release', async () => {
      await actorRef<BalanceActorContract>(BALANCE_ACTOR_TYPE, await this.owner(item.aggregateId)).releaseWithdrawal({ withdrawalId: item.aggregateId });
    });
  }

  payOut(item: Pick<OutboxItem, 'id' | 'aggregateId'>): Promise<boolean> {
    return runOutboxItem(this.outbox, item, 'withdrawal payout', async () => {
      await actorRef<BalanceActorContract>(BALANCE_ACTOR_TYPE, await this.owner(item.aggregateId)).payOutWithdrawal({ withdrawalId: item.aggregateId });
    });
  }

  private async owner(withdrawalId: string): Promise<string> {
    const userId = await this.withdrawals.ownerOf(withdrawalId);
    if (!userId) throw new Error(`withdrawal ${withdrawalId} not found`);
    return userId;
  }
}
