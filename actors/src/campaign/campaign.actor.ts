import { AbstractActor } from '@dapr/dapr';
import { CampaignActorContract, isDuplicateKeyError, JoinCommand, JoinResult } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { actorTurn } from '../runtime/actor-error';
import { CampaignRepository, LiveOrder } from './campaign.repository';

const repository = new CampaignRepository();

/**
 * One actor per campaign (id = campaigns.id). Sign-ups for a campaign pass through here one at a time,
 * so its time window and quota hold under any concurrency. Orders are its durable state: the seat count
 * is derived from the orders table on activation and kept in memory while this activation is the only
 * writer of new orders for the campaign. The campaign row itself is read on every sign-up, under a shared
 * lock (see CampaignRepository.findCampaign), so an admin's publish, unpublish, edit or delete applies to
 * the very next sign-up. Never rename the class: its name is the actor type.
 */
export class CampaignActor extends AbstractActor implements CampaignActorContract {
  private seats: number | undefined;

  async join(command: JoinCommand): Promise<JoinResult> {
    const id = this.getActorId().getId();
    return actorTurn(`CampaignActor/${id}`, 'join', async () => {
      let result: JoinResult;
      try {
        result = await repository.admit((em) => this.admit(em, id, command));
      } catch (err) {
        // The unique key is the last line of defence (e.g. a second activation during a failover).
        if (!isDuplicateKeyError(err)) throw err;
        const raced = await repository.findCommittedLiveOrder(id, command.phone);
        return raced ? this.answerExisting(raced, command) : { ok: false, reason: 'duplicate' };
      }
      if (result.ok && result.created) this.seats = (this.seats ?? 0) + 1;
      return result;
    });
  }

  /** Drops the cached seat count after an admin change (quota, cancelled orders): the next sign-up recounts. */
  async refresh(): Promise<{ refreshed: true }> {
    this.seats = undefined;
    return { refreshed: true };
  }

  private async admit(em: EntityManager, id: string, command: JoinCommand): Promise<JoinResult> {
    const campaign = await repository.findCampaign(em, id);
    if (!campaign || campaign.deleted) return { ok: false, reason: 'not_found' };
    if (campaign.status !== 'active') return { ok: false, reason: 'not_active' };
    const now = Date.now();
    if (now < campaign.startTime.getTime()) return { ok: false, reason: 'not_started' };
    if (now > campaign.endTime.getTime()) return { ok: false, reason: 'ended' };

    const existing = await repository.findLiveOrder(em, id, command.phone);
    if (existing) return this.answerExisting(existing, command);

    if (campaign.quota !== null && (await this.seatsTaken(em, id, campaign.quota)) >= campaign.quota) {
      return { ok: false, reason: 'sold_out' };
    }
    const orderId = await repository.insertOrder(em, {
      orderNo: command.orderNo,
      campaignId: id,
      brandId: campaign.brandId,
      phone: command.phone,
      formData: command.formData,
      referrerId: command.referrerId,
      userId: command.userId,
      amount: campaign.price,
      idempotencyKey: command.idempotencyKey,
    });
    return { ok: true, orderId, orderNo: command.orderNo, amount: campaign.price, created: true };
  }

  /**
   * A retried call (same order number, or the client's same idempotency key) gets its order back;
   * anyone else with this phone is a duplicate sign-up.
   */
  private answerExisting(existing: LiveOrder, command: JoinCommand): JoinResult {
    const sameRequest =
      existing.orderNo === command.orderNo || (command.idempotencyKey !== null && existing.idempotencyKey === command.idempotencyKey);
    if (!sameRequest) return { ok: false, reason: 'duplicate' };
    return { ok: true, orderId: existing.id, orderNo: existing.orderNo, amount: existing.amount, created: false };
  }

  /** The in-memory count may run high after orders are cancelled elsewhere, so a "full" answer is re-checked. */
  private async seatsTaken(em: EntityManager, id: string, quota: number): Promise<number> {
    if (this.seats === undefined || this.seats >= quota) this.seats = await repository.countSeats(em, id);
    return this.seats;
  }
}
