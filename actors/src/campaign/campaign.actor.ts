import { AbstractActor } from '@dapr/dapr';
import {
  CAMPAIGN_ACTOR_TYPE, CampaignActorContract, CloseOrderCommand, closeOrderCommandSchema, CloseOrderResult, isDuplicateKeyError, JoinCommand,
  joinCommandSchema, JoinResult, ReseatOrderCommand, reseatOrderCommandSchema, ReseatOrderResult,
} from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { config } from '../config';
import { ordersCreated } from '../metrics/actor-metrics';
import { actorTurn } from '../runtime/actor-error';
import { CampaignRepository, LiveOrder } from './campaign.repository';

const repository = new CampaignRepository();

/**
 * One actor per campaign (id = campaigns.id). Sign-ups for a campaign pass through here one at a time,
 * so its time window and quota hold under any concurrency. Orders are its durable state: the seat count
 * is derived from the orders table on activation and kept in memory while this activation is the only
 * writer of new orders for the campaign. The campaign row itself is read on every sign-up, under a shared
 * lock (see CampaignRepository.findCampaign), so an admin's publish, unpublish, edit or delete applies to
 * the very next sign-up. Every command is checked against its schema (campaign.actor-commands.ts) before a
 * turn does anything. Never rename the class: its name is the actor type.
 */
export class CampaignActor extends AbstractActor implements CampaignActorContract {
  private seats: number | undefined;

  async join(input: JoinCommand): Promise<JoinResult> {
    const id = this.getActorId().getId();
    return actorTurn({ type: CAMPAIGN_ACTOR_TYPE, id }, 'join', { schema: joinCommandSchema, command: input }, async (command) => {
      let result: JoinResult;
      try {
        result = await repository.admit((em) => this.admit(em, id, command));
      } catch (err) {
        // The unique key is the last line of defence (e.g. a second activation during a failover).
        if (!isDuplicateKeyError(err)) throw err;
        const raced = await repository.findCommittedLiveOrder(id, command.phone);
        return raced ? this.answerExisting(raced, command) : { ok: false, reason: 'duplicate' };
      }
      if (result.ok && result.created) {
        this.seats = (this.seats ?? 0) + 1;
        ordersCreated.inc();
      }
      return result;
    });
  }

  /**
   * Closes an unpaid order (expired, or closed by WeChat Pay): guarded, so a paid or already closed order is
   * left as it is and a retried call changes nothing. Its seat goes back to the quota at once.
   */
  async closeOrder(input: CloseOrderCommand): Promise<CloseOrderResult> {
    const id = this.getActorId().getId();
    return actorTurn({ type: CAMPAIGN_ACTOR_TYPE, id }, 'closeOrder', { schema: closeOrderCommandSchema, command: input }, async (command) => {
      const result = await repository.admit(async (em): Promise<CloseOrderResult> => {
        const order = await repository.lockOrder(em, id, command.orderNo);
        if (!order) return { closed: false, reason: 'not_found' };
        if (!(await repository.closeOrder(em, order.id, command.reason))) return { closed: false, reason: 'not_open', status: order.status };
        return { closed: true };
      });
      if (result.closed && this.seats !== undefined) this.seats = Math.max(0, this.seats - 1);
      return result;
    });
  }

  /**
   * A payment arrived for an order closed before it: the order takes a seat again if the quota has room
   * (counted under the campaign's shared lock, as a sign-up is) and its phone has not signed up again
   * meanwhile, so the paid path can take it from there.
   */
  async reseatOrder(input: ReseatOrderCommand): Promise<ReseatOrderResult> {
    const id = this.getActorId().getId();
    return actorTurn({ type: CAMPAIGN_ACTOR_TYPE, id }, 'reseatOrder', { schema: reseatOrderCommandSchema, command: input }, async (command) => {
      const result = await repository.admit(async (em): Promise<ReseatOrderResult> => {
        const campaign = await repository.findCampaign(em, id);
        const order = await repository.lockOrder(em, id, command.orderNo);
        if (!campaign || campaign.deleted || !order) return { reseated: false, reason: 'not_found' };
        if (order.status !== 'cancelled' || order.payStatus !== 'unpaid') return { reseated: false, reason: 'not_closed' };
        // The phone signed up again once this order was closed: the new order keeps it, this payment goes back.
        if (await repository.findLiveOrder(em, id, order.phone)) return { reseated: false, reason: 'rejoined' };
        if (campaign.quota !== null && (await repository.countSeats(em, id)) >= campaign.quota) return { reseated: false, reason: 'sold_out' };
        if (!(await repository.reseatOrder(em, order.id, config().ORDER_PAY_WINDOW_SECONDS))) return { reseated: false, reason: 'not_closed' };
        return { reseated: true };
      });
      // Recounted on the next sign-up rather than guessed: the count above was exact, the cache may not be.
      if (result.reseated) this.seats = undefined;
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
      payWindowSeconds: config().ORDER_PAY_WINDOW_SECONDS,
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
