/**
 * CampaignActor — one per campaign (actor id = campaigns.id). Admits sign-ups one at a time, so the
 * campaign's time window and quota hold under any concurrency: a campaign is never oversold.
 */
export const CAMPAIGN_ACTOR_TYPE = 'CampaignActor';

export interface JoinCommand {
  orderNo: string;
  phone: string;
  formData: Record<string, unknown>;
  /** distributors.id of the referrer, '0' when none. */
  referrerId: string;
  userId: string | null;
  idempotencyKey: string | null;
}

export type JoinRefusal = 'duplicate' | 'not_found' | 'not_active' | 'not_started' | 'ended' | 'sold_out';

export type JoinResult =
  | { ok: true; orderId: string; orderNo: string; amount: string; created: boolean }
  | { ok: false; reason: JoinRefusal };

export interface CampaignActorContract {
  join(command: JoinCommand): Promise<JoinResult>;
  /**
   * Drops what the activation caches (the seat count) after an admin change, so the next sign-up
   * recounts. Answers a value: the SDK sends a void result as the text "undefined", which is not JSON.
   */
  refresh(): Promise<{ refreshed: true }>;
}
