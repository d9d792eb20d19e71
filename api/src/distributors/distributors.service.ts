import { DISTRIBUTOR_ACTOR_TYPE, type DistributorActorContract, isDuplicateKeyError, type ReviewResult } from '@dmh/shared';
import { forgetPrincipal, type Principal } from '../common/principal';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { administersBrand, brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { actorRef } from '../dapr/actor-invoker';
import { placeApplicant } from './distributor-placement';
import { DistributorsRepository } from './distributors.repository';
import type { ApplicationsQuery, ApplyBody, DistributorView } from './distributors.schemas';
import { buildSubordinateTree } from './subordinate-tree';

type Actor = AuditActor & { principal: Principal };

/** How many subordinates one tree answer lists at most per level. */
const TREE_LIMIT = 500;

/** Distributor applications, their review, the caller's own records and subordinate trees. */
export class DistributorsService {
  constructor(private readonly distributors = new DistributorsRepository()) {}

  /** A signed-in user applies to a brand; level and parent are fixed by the referrer, if any. */
  async apply(principal: Principal, body: ApplyBody): Promise<DistributorView> {
    const brandStatus = await this.distributors.brandStatus(body.brandId);
    if (brandStatus === null) throw AppError.unknownReference({ field: 'body.brandId', what: 'brand' });
    if (brandStatus !== 'active') throw new AppError('BRAND_NOT_ACTIVE');
    if (await this.distributors.ofUserInBrand(principal.userId, body.brandId)) throw new AppError('DISTRIBUTOR_ALREADY_APPLIED');

    const named = body.referrerId !== undefined || body.referrerCode !== undefined;
    const referrer = body.referrerId
      ? await this.distributors.referrerById(body.referrerId)
      : body.referrerCode
        ? await this.distributors.referrerByLinkCode(body.referrerCode)
        : null;
    const placement = placeApplicant(body.brandId, named ? { named, referrer } : { named });
    if (!placement.ok) {
      if (placement.reason === 'level_limit') throw new AppError('DISTRIBUTOR_LEVEL_LIMIT');
      const field = body.referrerId ? 'body.referrerId' : 'body.referrerCode';
      // Unknown, of another brand or not active: all alike, as for any unknown reference.
      throw AppError.unknownReference({ field, what: 'referrer (an active distributor of this brand)' });
    }
    let id: string;
    try {
      id = await this.distributors.insertApplication(principal.userId, body.brandId, placement.level, placement.parentId);
    } catch (err) {
      if (isDuplicateKeyError(err, 'uk_user_brand')) throw new AppError('DISTRIBUTOR_ALREADY_APPLIED');
      throw err;
    }
    return this.mustView(id);
  }

  async applications(principal: Principal, query: ApplicationsQuery) {
    const scope = brandScope(principal);
    if (query.brandId && !scope.all && !scope.brandIds.includes(query.brandId)) throw new AppError('NOT_FOUND', 'brand not found');
    const { items, total } = await this.distributors.listApplications(scope, query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * A brand admin's decision, made by the distributor's actor (pending → active | rejected, once). What
   * follows an approval (the distributor role, an empty balance) and the audit entry are then written in
   * one transaction; they are idempotent, so replaying the decision after a failure completes them.
   */
  async review(actor: Actor, id: string, decision: 'approve' | 'reject', reason: string | null): Promise<DistributorView> {
    const target = await this.distributors.findInScope(id, brandScope(actor.principal));
    if (!target) throw new AppError('NOT_FOUND', 'distributor not found');
    const distributor = actorRef<DistributorActorContract>(DISTRIBUTOR_ACTOR_TYPE, id);
    const reviewerId = actor.principal.userId;
    const result: ReviewResult =
      decision === 'approve' ? await distributor.approve({ reviewerId }) : await distributor.reject({ reviewerId, reason });
    if (!result.ok) throw new AppError(result.reason === 'not_found' ? 'NOT_FOUND' : 'DISTRIBUTOR_NOT_PENDING');

    const action = `distributor.${decision}`;
    await database().transaction(async (em) => {
      if (decision === 'approve') await this.distributors.grantDistributorAccess(em, target.userId);
      if (await this.distributors.reviewAudited(em, action, id)) return;
      await recordAudit(em, actor, {
        action, resource: 'distributor', resourceId: id, brandId: target.brandId,
        before: { status: 'pending' }, after: decision === 'approve' ? { status: 'active' } : { status: 'rejected', reason },
      });
    });
    if (decision === 'approve') forgetPrincipal(target.userId);
    return this.mustView(id);
  }

  async mine(principal: Principal): Promise<{ items: DistributorView[] }> {
    return { items: await this.distributors.listOfUser(principal.userId) };
  }

  /**
   * The caller's subordinates in a brand, two levels down. An admin of the brand may name any of its
   * distributors; anyone else sees only their own tree (another id is not found).
   */
  async subordinates(principal: Principal, brandId: string, distributorId?: string) {
    const own = await this.distributors.ofUserInBrand(principal.userId, brandId);
    const rootId = distributorId ?? own?.id;
    if (!rootId) throw new AppError('NOT_FOUND', 'not a distributor of this brand');
    if (rootId !== own?.id && !administersBrand(principal, brandId, 'distributor:read')) throw new AppError('NOT_FOUND', 'distributor not found');
    const root = await this.distributors.node(rootId, brandId);
    if (!root) throw new AppError('NOT_FOUND', 'distributor not found');
    const rows = await this.distributors.subordinates(rootId, brandId, TREE_LIMIT);
    const tree = buildSubordinateTree(rootId, rows, 2);
    return { root, children: tree.map((c) => ({ ...c.node, children: c.children.map((g) => g.node) })), total: rows.length };
  }

  private async mustView(id: string): Promise<DistributorView> {
    const view = await this.distributors.view(id);
    if (!view) throw new AppError('NOT_FOUND', 'distributor not found');
    return view;
  }
}
