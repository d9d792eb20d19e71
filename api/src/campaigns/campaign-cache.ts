import { FormField, formFieldsSchema } from '@dmh/shared';
import type Redis from 'ioredis';
import { config } from '../config';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';
import { CampaignRecord, CampaignsRepository } from './campaigns.repository';

/** What sign-up needs to know about a campaign: cached in Redis for 5 minutes, invalidated on update. */
export interface SignupCampaign {
  id: string;
  brandId: string;
  name: string;
  price: string;
  status: string;
  startTime: string;
  endTime: string;
  formFields: FormField[];
}

/*
 * Versioned keys: `dmh:campaign:<id>:ver` is bumped on every change, and entries live under
 * `dmh:campaign:<id>:v<ver>:<part>`. A reader that loaded the old row just before a change can only write
 * it under the old version, which nobody reads any more: a plain DEL would let it put the stale row back
 * for 5 minutes.
 */
const versionKey = (id: string) => `dmh:campaign:${id}:ver`;
const entryKey = (id: string, version: string, part: string) => `dmh:campaign:${id}:v${version}:${part}`;

const repository = new CampaignsRepository();

/**
 * A cached value of a campaign (`part` names it: the campaign row, its published page…), loaded by `load`
 * on a miss. With Redis unreachable it reads MySQL every time: the cache is never a reason to fail.
 */
export async function cachedCampaignPart<T>(id: string, part: string, load: () => Promise<T | null>): Promise<T | null> {
  let key: string | null = null;
  try {
    const version = (await redisClient().get(versionKey(id))) ?? '0';
    key = entryKey(id, version, part);
    const hit = await redisClient().get(key);
    if (hit) return JSON.parse(hit) as T;
  } catch (err) {
    logger.warn({ err, campaignId: id }, 'campaign cache unavailable, reading MySQL');
  }
  const value = await load();
  if (value !== null && key) {
    await redisClient().set(key, JSON.stringify(value), 'EX', config().CAMPAIGN_CACHE_SECONDS).catch(() => undefined);
  }
  return value;
}

/** A live (not deleted) campaign, from the cache. */
export function cachedCampaign(id: string): Promise<CampaignRecord | null> {
  return cachedCampaignPart(id, 'record', () => repository.findLive(id));
}

export async function signupCampaign(id: string): Promise<SignupCampaign | null> {
  const campaign = await cachedCampaign(id);
  if (!campaign) return null;
  return {
    id: campaign.id,
    brandId: campaign.brandId,
    name: campaign.name,
    price: campaign.price,
    status: campaign.status,
    startTime: campaign.startTime,
    endTime: campaign.endTime,
    formFields: formFieldsSchema.parse(campaign.formFields),
  };
}

/** Every cached part of the campaign is stale from now on (call after the change has committed). */
export async function invalidateCampaign(id: string): Promise<void> {
  const redis = redisClient();
  await whenReady(redis);
  await redis.incr(versionKey(id));
}

/**
 * The shared client runs without an offline queue, so a command sent while it is still connecting (the
 * first one of the process) fails at once. An invalidation must not be lost that way: wait for the
 * connection, briefly.
 */
export async function whenReady(redis: Redis, timeoutMs = 2000): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      if (err) reject(err);
      else resolve();
    };
    const onReady = () => done();
    const timer = setTimeout(() => done(new Error(`redis not ready after ${timeoutMs} ms (${redis.status})`)), timeoutMs);
    redis.once('ready', onReady);
  });
}
