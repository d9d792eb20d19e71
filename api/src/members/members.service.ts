import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import type { MemberFilters } from './member-filter.sql';
import { scopeOf } from './member-scope';
import { memberSummary } from './member-views';
import type { MemberDetail, MemberSummary, UpdateMemberBody } from './members.schemas';
import { MembersRepository } from './members.repository';

/** Member list, detail and profile edits. Access is checked here; every read is brand-scoped in its SQL. */
export class MembersService {
  constructor(private readonly members = new MembersRepository()) {}

  async list(principal: Principal, filters: MemberFilters, page: number, pageSize: number) {
    const scope = scopeOf(principal);
    const { rows, total } = await this.members.page(filters, scope, page, pageSize);
    const ids = rows.map((r) => r.id);
    const [tags, brands] = await Promise.all([this.members.tagsOf(ids, scope), this.members.brandIdsOf(ids, scope)]);
    const items: MemberSummary[] = rows.map((r) => memberSummary(r, tags.get(r.id) ?? [], brands.get(r.id) ?? [], principal));
    return { items, total, page, pageSize };
  }

  async detail(principal: Principal, id: string): Promise<MemberDetail> {
    const scope = scopeOf(principal);
    const row = await this.members.visible(id, scope);
    if (!row) throw new AppError('NOT_FOUND', 'member not found');
    const [tags, brands, brandLinks, orders, rewards] = await Promise.all([
      this.members.tagsOf([id], scope),
      this.members.brandIdsOf([id], scope),
      this.members.brandLinks(id, scope),
      this.members.orders(id, scope),
      this.members.rewards(id, scope),
    ]);
    return {
      ...memberSummary(row, tags.get(id) ?? [], brands.get(id) ?? [], principal),
      openid: row.openid,
      mergedAt: row.mergedAt,
      updatedAt: row.updatedAt,
      profile: { realName: row.realName, birthday: row.birthday, city: row.city, address: row.address, extra: row.extra },
      brandLinks,
      orders,
      rewards,
    };
  }

  /** A profile edit, audited with the before and after states in the same transaction. */
  async update(actor: AuditActor & { principal: Principal }, id: string, body: UpdateMemberBody): Promise<MemberDetail> {
    const scope = scopeOf(actor.principal);
    await withAudit(actor, async (em) => {
      const before = await this.members.visible(id, scope, em, true);
      if (!before) throw new AppError('NOT_FOUND', 'member not found');
      if (before.status === 'merged') throw new AppError('MEMBER_ALREADY_MERGED', 'the member was merged: edit the member it was merged into');
      await this.members.update(em, id, body);
      const after = await this.members.visible(id, scope, em);
      const brandId = await this.members.auditBrand(em, id, scope);
      return { result: undefined, audit: { action: 'member.update', resource: 'member', resourceId: id, brandId, before, after } };
    });
    return this.detail(actor.principal, id);
  }
}
