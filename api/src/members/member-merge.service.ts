import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { mergeRefusal, planMerge } from './member-merge';
import { MemberMergeRepository } from './member-merge.repository';
import { scopeOf } from './member-scope';
import { MembersRepository } from './members.repository';

export interface MergeResult {
  sourceId: string;
  targetId: string;
  moved: { orders: number; tagLinks: number; brandLinks: number };
}

/**
 * Merges one member into another in a single transaction: orders, tags, brand links and missing profile
 * fields move to the target; the source is kept, marked `merged` and pointing at the target, never deleted.
 * The audit entry (same transaction) holds both members' before states and the after states, so the merge
 * can be read back row by row. Both members must be wholly within the caller's brands, else 404.
 */
export class MemberMergeService {
  constructor(
    private readonly merges = new MemberMergeRepository(),
    private readonly members = new MembersRepository(),
  ) {}

  async merge(actor: AuditActor & { principal: Principal }, sourceId: string, targetId: string): Promise<MergeResult> {
    const scope = scopeOf(actor.principal);
    return withAudit(actor, async (em) => {
      const locked = await this.merges.lockWhollyVisible(em, [sourceId, targetId], scope);
      const source = locked.find((m) => m.id === sourceId);
      const target = locked.find((m) => m.id === targetId);
      if (!source || !target) {
        throw AppError.unknownReference(...[source ? null : 'body.sourceId', target ? null : 'body.targetId'].flatMap((field) => (field ? [{ field, what: 'member' }] : [])));
      }
      const refusal = mergeRefusal(source, target);
      if (refusal === 'self') throw new AppError('MEMBER_MERGE_SELF');
      if (refusal === 'already_merged') throw new AppError('MEMBER_ALREADY_MERGED', `member ${source.status === 'merged' ? source.id : target.id} has already been merged`);

      const before = { source: await this.merges.side(em, source), target: await this.merges.side(em, target) };
      const plan = planMerge(before.source, before.target);
      const orders = await this.merges.moveOrders(em, sourceId, targetId);
      await this.merges.moveTags(em, sourceId, targetId, plan.moveTagIds);
      await this.merges.moveLinks(em, plan.moveLinkIds, targetId);
      for (const combined of plan.combineLinks) await this.merges.combineLink(em, combined);
      await this.merges.fillMember(em, targetId, plan.memberFill);
      await this.merges.fillProfile(em, targetId, plan.profileFill);
      await this.merges.markMerged(em, sourceId, targetId);

      const after = {
        source: await this.merges.side(em, await this.merges.reread(em, sourceId)),
        target: await this.merges.side(em, await this.merges.reread(em, targetId)),
      };
      const result: MergeResult = {
        sourceId,
        targetId,
        moved: { orders, tagLinks: plan.moveTagIds.length, brandLinks: plan.moveLinkIds.length + plan.combineLinks.length },
      };
      const brandId = await this.members.auditBrand(em, targetId, scope);
      return {
        result,
        audit: { action: 'member.merge', resource: 'member', resourceId: targetId, brandId, before, after: { ...after, moved: result.moved } },
      };
    });
  }
}
