import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import { database } from '../common/database';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';
import { decideMatch, identityKey, profileFromForm } from './member-matching';
import { MemberMatchingRepository, type OrderToMatch, releaseNamedLock, takeNamedLock } from './member-matching.repository';

/** What the sign-up request said about the person beyond the order row: WeChat identities. */
export interface IdentityHint {
  unionid: string | null;
  openid: string | null;
}

/** Another sign-up changed what this one decided on (claimed the phone member, matched the order): decide again. */
class MatchRace extends Error {}

const HINT_TTL_SECONDS = 7 * 24 * 3600;
const hintKey = (orderId: string) => `dmh:member-match-hint:${orderId}`;
const LOCK_WAIT_SECONDS = 10;
const NUDGE_EVERY_MS = 60_000;

/**
 * Matches a sign-up to a member: created or found by UnionID, phone as fallback (see `decideMatch`), the
 * profile filled from the form, the brand link counted, `orders.member_id` set.
 *
 * Consistency: CampaignActor writes the order, so the match cannot share its transaction. Instead it is
 * idempotent and retryable: one transaction does all of it, guarded by `orders.member_id IS NULL`, so a
 * second run (a retry, a re-drive, a concurrent run) changes nothing. A match that fails leaves the order
 * as it is (never lost) with `member_id` NULL; the WeChat identities, which are not on the order row, are
 * kept in Redis for a week, and `redrive()` matches such orders again (from every later sign-up at most
 * once a minute, and on demand through POST /members/matching/redrive).
 *
 * Concurrency: sign-ups of one phone are serialised by a MySQL named lock (GET_LOCK), and `uk_unionid`
 * (also over the `phone:` key of phone-only members) makes concurrent sign-ups with one UnionID land on one
 * member (INSERT … ON DUPLICATE KEY answers the winner's id).
 */
export class MemberMatcher {
  private lastNudge = 0;

  constructor(private readonly repo = new MemberMatchingRepository()) {}

  /** Matches an order's sign-up (once); answers the member id, or null for an unknown order. */
  async matchOrder(orderId: string, hint: IdentityHint): Promise<string | null> {
    for (let attempt = 1; ; attempt++) {
      const order = await this.repo.order(orderId);
      if (!order) return null;
      if (order.memberId) return order.memberId;
      try {
        return await this.withPhoneLock(order.phone, (em) => this.match(em, order, hint));
      } catch (err) {
        if (attempt >= 3 || !(err instanceof MatchRace || isDuplicateKeyError(err))) throw err;
      }
    }
  }

  /** `matchOrder` for the sign-up path: never throws; a failure is logged and left to the re-drive. */
  async matchOrderSafely(orderId: string, hint: IdentityHint): Promise<string | null> {
    try {
      return await this.matchOrder(orderId, hint);
    } catch (err) {
      logger.warn({ err, orderId }, 'member matching failed; the order is kept and will be matched by the re-drive');
      if (hint.unionid || hint.openid) {
        await redisClient()
          .set(hintKey(orderId), JSON.stringify(hint), 'EX', HINT_TTL_SECONDS)
          .catch((e: unknown) => logger.warn({ err: e, orderId }, 'member match hint not kept: the phone will be used'));
      }
      return null;
    }
  }

  /** Matches orders left without a member for at least `olderThanSeconds`, oldest first. */
  async redrive(opts: { olderThanSeconds: number; limit: number }): Promise<{ scanned: number; matched: number; failed: number }> {
    const ids = await this.repo.unmatchedOrderIds(opts.olderThanSeconds, opts.limit);
    let matched = 0;
    let failed = 0;
    for (const orderId of ids) {
      const hint = await this.hint(orderId);
      try {
        if (await this.matchOrder(orderId, hint)) matched += 1;
        await redisClient().del(hintKey(orderId)).catch(() => 0);
      } catch (err) {
        failed += 1;
        logger.warn({ err, orderId }, 'member re-drive: order still unmatched');
      }
    }
    if (ids.length > 0) logger.info({ scanned: ids.length, matched, failed }, 'member matching re-drive');
    return { scanned: ids.length, matched, failed };
  }

  /** A catch-up re-drive in the background, at most once a minute per process (called after each sign-up). */
  nudgeRedrive(): void {
    const now = Date.now();
    if (now - this.lastNudge < NUDGE_EVERY_MS) return;
    this.lastNudge = now;
    this.redrive({ olderThanSeconds: 60, limit: 50 }).catch((err: unknown) => logger.warn({ err }, 'member re-drive failed'));
  }

  private async match(em: EntityManager, order: OrderToMatch, hint: IdentityHint): Promise<string> {
    const identity = { unionid: hint.unionid, phone: order.phone };
    const key = identityKey(identity);
    const decision = decideMatch(identity, await this.repo.byKey(em, key), await this.repo.byPhone(em, order.phone));
    const profile = profileFromForm(order.formData);
    let memberId: string;
    if (decision.kind === 'existing') memberId = decision.memberId;
    else if (decision.kind === 'claim') {
      if (!(await this.repo.claim(em, decision.memberId, identityKey({ unionid: null, phone: order.phone }), key))) throw new MatchRace();
      memberId = decision.memberId;
    } else {
      memberId = await this.repo.insert(em, {
        unionid: key, openid: hint.openid, phone: order.phone, nickname: profile.nickname ?? null, gender: profile.gender ?? null,
        firstSource: `campaign:${order.campaignId}`, conflictMemberId: decision.conflictWith,
      });
      if (decision.conflictWith) logger.warn({ memberId, conflictWith: decision.conflictWith, orderId: order.id }, 'member phone conflict: same phone, another UnionID; kept apart');
    }
    memberId = await this.repo.survivor(em, memberId);
    if (!(await this.repo.attachOrder(em, order.id, memberId))) throw new MatchRace();
    await this.repo.fillBlanks(em, memberId, { phone: order.phone, openid: hint.openid, nickname: profile.nickname, gender: profile.gender });
    await this.repo.fillProfile(em, memberId, profile);
    await this.repo.countOrderOnBrand(em, memberId, order);
    return memberId;
  }

  private async hint(orderId: string): Promise<IdentityHint> {
    const none: IdentityHint = { unionid: null, openid: null };
    const raw = await redisClient().get(hintKey(orderId)).catch(() => null);
    if (!raw) return none;
    try {
      const parsed = JSON.parse(raw) as Partial<IdentityHint>;
      return { unionid: parsed.unionid ?? null, openid: parsed.openid ?? null };
    } catch {
      return none;
    }
  }

  /** Runs `work` in a READ COMMITTED transaction holding the phone's named lock (released after the commit). */
  private async withPhoneLock<T>(phone: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const lock = `dmh:member:${phone}`;
    const runner = database().createQueryRunner();
    await runner.connect();
    try {
      if (!(await takeNamedLock(runner, lock, LOCK_WAIT_SECONDS))) throw new Error('member matching lock not obtained');
      try {
        await runner.startTransaction('READ COMMITTED');
        try {
          const result = await work(runner.manager);
          await runner.commitTransaction();
          return result;
        } catch (err) {
          await runner.rollbackTransaction();
          throw err;
        }
      } finally {
        await releaseNamedLock(runner, lock).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }
}
