import type { CloseOrderCommand, JoinCommand, ReseatOrderCommand } from './campaign.actor-commands';

/**
 * CampaignActor — one per campaign (actor id = campaigns.id). Admits sign-ups one at a time, so the
 * campaign's time window and quota hold under any concurrency: a campaign is never oversold.
 */
export const CAMPAIGN_ACTOR_TYPE = 'CampaignActor';

/** The commands (zod schemas and the types inferred from them) are in campaign.actor-commands.ts. */
export * from './campaign.actor-commands';

export type JoinRefusal = 'duplicate' | 'not_found' | 'not_active' | 'not_started' | 'ended' | 'sold_out';

export type JoinResult =
  | { ok: true; orderId: string; orderNo: string; amount: string; created: boolean }
  | { ok: false; reason: JoinRefusal };

/** `closed`: this call closed it; `not_open`: it was not pending and unpaid (paid, or already closed). */
export type CloseOrderResult = { closed: true } | { closed: false; reason: 'not_found' | 'not_open'; status?: string };

export type ReseatOrderResult =
  | { reseated: true }
  /**
   * `not_closed`: it is not a closed unpaid order (already re-seated, or paid): nothing to do here.
   * `rejoined`: its phone signed up again after the close; the new order keeps the phone.
   */
  | { reseated: false; reason: 'sold_out' | 'not_found' | 'not_closed' | 'rejoined' };

export interface CampaignActorContract {
  /** Guarded: only a pending, unpaid order becomes 'cancelled' (closed_at, close_reason). */
  closeOrder(command: CloseOrderCommand): Promise<CloseOrderResult>;
  /** Guarded: only a cancelled, unpaid order, and only while the quota has a seat for it. */
  reseatOrder(command: ReseatOrderCommand): Promise<ReseatOrderResult>;
  join(command: JoinCommand): Promise<JoinResult>;
  /**
   * Drops what the activation caches (the seat count) after an admin change, so the next sign-up
   * recounts. Answers a value: the SDK sends a void result as the text "undefined", which is not JSON.
   */
  refresh(): Promise<{ refreshed: true }>;
}
