import { type ChangeUplineResult, DISTRIBUTOR_ACTOR_TYPE, type DistributorActorContract } from '@dmh/shared';
import type { Principal } from '../common/principal';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { administersBrand, brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { actorRef } from '../dapr/actor-invoker';
import type { TreeQuery } from './distributor-admin.schemas';
import { DistributorTreeRepository } from './distributor-tree.repository';
import { DistributorsRepository } from './distributors.repository';
import { LinksRepository } from './links.repository';
import { view as linkView } from './links.service';

type Actor = AuditActor & { principal: Principal };

/** Why an upline change was refused, as the API says it: the code, and the field it concerns. */
const UPLINE_REFUSALS = {
  cycle: { error: 'DISTRIBUTOR_UPLINE_CYCLE', code: 'cycle', message: 'the distributor itself or one of its descendants' },
  too_deep: { error: 'DISTRIBUTOR_UPLINE_TOO_DEEP', code: 'too_deep', message: 'its team would go below level 3' },
  parent_not_active: { error: 'DISTRIBUTOR_UPLINE_NOT_ACTIVE', code: 'not_active', message: 'not an active distributor' },
} as const;

/** What brand admins do with a brand's distributors besides reviewing them: browse the tree, see links, move uplines. */
export class DistributorAdminService {
  constructor(
    private readonly tree = new DistributorTreeRepository(),
    private readonly distributors = new DistributorsRepository(),
    private readonly links = new LinksRepository(),
  ) {}

  /** One level of a brand's tree, or a search of it; another brand's, or an unknown parent, is not found. */
  async treePage(principal: Principal, query: TreeQuery) {
    if (!administersBrand(principal, query.brandId, 'distributor:read') || (await this.distributors.brandStatus(query.brandId)) === null) {
      throw AppError.unknownReference({ field: 'query.brandId', what: 'brand' });
    }
    if (query.parentId && !(await this.tree.inBrand(query.parentId, query.brandId))) {
      throw AppError.unknownReference({ field: 'query.parentId', what: 'distributor of this brand' });
    }
    const { items, total } = await this.tree.page(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** A distributor's referral links with their clicks and orders, for admins of its brand. */
  async linksOf(principal: Principal, distributorId: string, query: { campaignId?: string; page: number; pageSize: number }) {
    const target = await this.distributors.findInScope(distributorId, brandScope(principal));
    if (!target) throw new AppError('NOT_FOUND', 'distributor not found');
    const { items, total } = await this.links.listOfDistributor(distributorId, query);
    return { items: items.map(linkView), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Moves a distributor (and its team) under another upline of its brand, through its DistributorActor, which
   * checks and writes the move in one transaction; the API then records the audit entry. A replay (the
   * upline it already has) changes nothing and records nothing.
   */
  async changeUpline(actor: Actor, id: string, parentId: string | null) {
    const target = await this.distributors.findInScope(id, brandScope(actor.principal));
    if (!target) throw new AppError('NOT_FOUND', 'distributor not found');
    const result: ChangeUplineResult = await actorRef<DistributorActorContract>(DISTRIBUTOR_ACTOR_TYPE, id).changeUpline({ parentId });
    if (!result.ok) {
      if (result.reason === 'not_found') throw new AppError('NOT_FOUND', 'distributor not found');
      if (result.reason === 'parent_not_found') throw AppError.unknownReference({ field: 'body.parentId', what: 'distributor of this brand' });
      const refusal = UPLINE_REFUSALS[result.reason];
      throw new AppError(refusal.error, undefined, [{ field: 'body.parentId', code: refusal.code, message: refusal.message }]);
    }
    if (result.applied) {
      await database().transaction((em) =>
        recordAudit(em, actor, {
          action: 'distributor.upline', resource: 'distributor', resourceId: id, brandId: target.brandId,
          before: result.before, after: { ...result.after, team: result.team },
        }),
      );
    }
    const distributor = await this.distributors.view(id);
    if (!distributor) throw new AppError('NOT_FOUND', 'distributor not found');
    return { distributor, applied: result.applied, team: result.team };
  }
}
