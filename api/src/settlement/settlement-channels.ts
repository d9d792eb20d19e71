import { BALANCE_ACTOR_TYPE, BalanceActorContract, CreditRewardCommand, CreditRewardsItem, MAX_CREDITS_PER_CALL, SYNC_BINDING_OUT, SYNC_JOBS_PER_MESSAGE, type SyncJob } from '@dmh/shared';
import { actorRef } from '../dapr/actor-invoker';
import { publishBulk, sendToBinding } from '../dapr/dapr-client';
import { Coalescer } from '../common/coalescer';
import { config } from '../config';

/**
 * The settlement's ways out of this process, each coalesced (a call or two in flight per key, the rest
 * sent together next): credits per balance (BalanceActor.creditRewards, whose transaction also counts the
 * reward on its distributor), events per topic (bulk publish). Under load a hot balance gets one turn and
 * one transaction per batch instead of one per reward; a quiet one is called at once, as before. Events and
 * sync jobs, which nobody waits on within milliseconds, also linger a little for company (EVENTS_LINGER_MS,
 * the configuration's SYNC_LINGER_MS): at a light load, when nothing would coalesce otherwise, the orders
 * paid within that time share one bulk publish per topic and one sync message (one broker message, one
 * delivery to the sync worker, one ledger round trip there) instead of one each.
 */
/**
 * Items per actor call, well under what the actors accept: an actor's answer must stay below about 4 KB.
 * With a timeout in the resiliency policy (dapr/resiliency: actorCall), daprd 1.18 cancels the call's
 * context as soon as the app's response headers are in and reads the body afterwards: a body longer than
 * its first read fails with "failed to read response data: context canceled", and the retry policy runs
 * the turn again (harmless, the turn is idempotent, but wasted). 24 credit results stay under 3 KB whatever
 * the ids and balances.
 */
export const CREDITS_PER_CALL = Math.min(24, MAX_CREDITS_PER_CALL);
/**
 * Calls in flight per actor: 2, so the next batch already waits at the actor's sidecar while a turn runs
 * (the actor still runs one turn at a time; this only hides the round trip between turns).
 */
export const CALLS_IN_FLIGHT_PER_ACTOR = 2;

const credits = new Coalescer<CreditRewardCommand, CreditRewardsItem>(async (userId, items) => {
  const { results } = await actorRef<BalanceActorContract>(BALANCE_ACTOR_TYPE, userId).creditRewards({ credits: items });
  return results;
}, CREDITS_PER_CALL, CALLS_IN_FLIGHT_PER_ACTOR);

/**
 * How long an event waits for others of its topic before the bulk publish. Nobody waits on these within a second
 * (the live screens are told through Redis, the brand's copy through the sync job; they are for other services):
 * at 43 paid orders/s, 50 ms made about one publish per order (two topics, two orders per window), 250 ms about
 * one per five.
 */
export const EVENTS_LINGER_MS = 250;

const events = new Coalescer<object, Error | null>((topic, items) => publishBulk(topic, items), 100, 4, EVENTS_LINGER_MS);

/** The sync jobs' queue, made at the first job: how long a job waits for company is configuration (SYNC_LINGER_MS). */
let syncJobs: Coalescer<SyncJob, null> | undefined;
const syncJobQueue = (): Coalescer<SyncJob, null> => (syncJobs ??= new Coalescer<SyncJob, null>(async (_key, jobs) => {
  await sendToBinding(SYNC_BINDING_OUT, jobs.length === 1 ? jobs[0] : { jobs });
  return jobs.map(() => null);
}, SYNC_JOBS_PER_MESSAGE, 4, config().SYNC_LINGER_MS));

/** Credits one reward to a user's balance; throws if the actor refused it (not this user's reward, another amount). */
export async function creditReward(userId: string, command: CreditRewardCommand): Promise<Exclude<CreditRewardsItem, { refused: string }>> {
  const item = await credits.submit(userId, command);
  if ('refused' in item) throw new Error(`BalanceActor/${userId} refused credit of reward ${command.rewardId}: ${item.refused}`);
  return item;
}

/** Publishes an event; throws if the sidecar did not accept it. */
export async function publishEvent(topic: string, event: object): Promise<void> {
  const error = await events.submit(topic, event);
  if (error) throw error;
}

/** Sends a sync job to the sync worker (with the others of its SYNC_LINGER_MS, in one message); throws if the sidecar did not take it. */
export async function sendSyncJob(job: SyncJob): Promise<void> {
  await syncJobQueue().submit(SYNC_BINDING_OUT, job);
}
