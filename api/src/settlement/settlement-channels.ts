import { BALANCE_ACTOR_TYPE, BalanceActorContract, CreditRewardCommand, CreditRewardsItem, MAX_CREDITS_PER_CALL } from '@dmh/shared';
import { actorRef } from '../dapr/actor-invoker';
import { publishBulk } from '../dapr/dapr-client';
import { Coalescer } from '../common/coalescer';

/**
 * The settlement's ways out of this process, each coalesced (a call or two in flight per key, the rest
 * sent together next): credits per balance (BalanceActor.creditRewards, whose transaction also counts the
 * reward on its distributor), events per topic (bulk publish). Under load a hot balance gets one turn and
 * one transaction per batch instead of one per reward; a quiet one is called at once, as before.
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

const events = new Coalescer<object, Error | null>((topic, items) => publishBulk(topic, items), 100, 4);

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
