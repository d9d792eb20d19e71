import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { type BrandScope, inScope, scopeOf } from './member-scope';
import { MemberTagsRepository } from './member-tags.repository';
import type { BulkTagBody, CreateTagBody, TagView, UpdateTagBody } from './member-tags.schemas';

type Actor = AuditActor & { principal: Principal };

/**
 * Member tags belong to a brand (or, created by a platform admin, to the whole platform). A brand admin
 * sees its brands' tags and the platform's, and changes only its brands' tags, on its brands' members.
 */
export class MemberTagsService {
  constructor(private readonly tags = new MemberTagsRepository()) {}

  async list(principal: Principal, brandId: string | undefined, page: number, pageSize: number) {
    const { items, total } = await this.tags.page(scopeOf(principal), brandId, page, pageSize);
    return { items, total, page, pageSize };
  }

  async create(actor: Actor, body: CreateTagBody): Promise<TagView> {
    const scope = scopeOf(actor.principal);
    const brandId = body.brandId ?? null;
    // A tag for every brand is the platform's to make: a brand admin names one of its brands.
    if (brandId === null && !scope.all) throw new AppError('FORBIDDEN', 'only a platform admin creates a tag for every brand: give brandId');
    if (brandId !== null && (!inScope(scope, brandId) || !(await this.tags.brandExists(brandId)))) {
      throw AppError.unknownReference({ field: 'body.brandId', what: 'brand' });
    }
    return this.unique(() =>
      withAudit(actor, async (em) => {
        const id = await this.tags.insert(em, brandId, body.name, body.color ?? null);
        const tag = (await this.tags.visible(em, id, scope)) as TagView;
        return { result: tag, audit: { action: 'member_tag.create', resource: 'member_tag', resourceId: id, brandId, after: tag } };
      }),
    );
  }

  async update(actor: Actor, id: string, body: UpdateTagBody): Promise<TagView> {
    const scope = scopeOf(actor.principal);
    return this.unique(() =>
      withAudit(actor, async (em) => {
        const before = await this.writable(em, id, scope);
        await this.tags.update(em, id, body);
        const after = (await this.tags.visible(em, id, scope)) as TagView;
        return { result: after, audit: { action: 'member_tag.update', resource: 'member_tag', resourceId: id, brandId: before.brandId, before, after } };
      }),
    );
  }

  async remove(actor: Actor, id: string): Promise<{ id: string; unlinkedMembers: number }> {
    const scope = scopeOf(actor.principal);
    return withAudit(actor, async (em) => {
      const before = await this.writable(em, id, scope);
      const memberIds = await this.tags.memberIdsOf(em, id);
      const unlinkedMembers = await this.tags.delete(em, id);
      return {
        result: { id, unlinkedMembers },
        audit: {
          action: 'member_tag.delete', resource: 'member_tag', resourceId: id, brandId: before.brandId,
          before: { ...before, memberIds }, after: null,
        },
      };
    });
  }

  /**
   * Puts tags on (or takes them off) many members at once, all or nothing: every tag must be the caller's
   * to change and every member must belong to each brand tag's brand, else 404 and nothing changes. A repeat
   * changes nothing (the unique key of member_tag_links), and says so in `unchanged`.
   */
  async bulk(actor: Actor, body: BulkTagBody) {
    const scope = scopeOf(actor.principal);
    const tagIds = [...new Set(body.tagIds)];
    const memberIds = [...new Set(body.memberIds)];
    return withAudit(actor, async (em) => {
      const tags = await this.tags.visibleMany(em, tagIds, scope);
      if (tags.length !== tagIds.length) {
        const found = new Set(tags.map((t) => String(t.id)));
        throw AppError.unknownReference(...body.tagIds.flatMap((id, i) => (found.has(id) ? [] : [{ field: `body.tagIds.${i}`, what: 'tag' }])));
      }
      for (const tag of tags) {
        this.assertWritable(tag, scope);
        const members = tag.brandId === null ? await this.tags.visibleMembers(em, memberIds, scope) : await this.tags.membersOfBrand(em, memberIds, tag.brandId);
        if (members.size !== memberIds.length) {
          throw AppError.unknownReference(...body.memberIds.flatMap((id, i) => (members.has(id) ? [] : [{ field: `body.memberIds.${i}`, what: 'member' }])));
        }
      }
      const changed = body.action === 'add' ? await this.tags.addLinks(em, memberIds, tagIds) : await this.tags.removeLinks(em, memberIds, tagIds);
      const requested = memberIds.length * tagIds.length;
      const result = { action: body.action, requested, changed, unchanged: requested - changed };
      return {
        result,
        audit: {
          action: `member_tag.bulk_${body.action}`, resource: 'member_tag', resourceId: tagIds.length === 1 ? tagIds[0] : null,
          brandId: tags.find((t) => t.brandId !== null)?.brandId ?? null,
          before: null, after: { tagIds, memberIds, changed },
        },
      };
    });
  }

  private async writable(em: EntityManager, id: string, scope: BrandScope): Promise<TagView> {
    const tag = await this.tags.visible(em, id, scope, true);
    if (!tag) throw new AppError('NOT_FOUND', 'tag not found');
    this.assertWritable(tag, scope);
    return tag;
  }

  /** Platform-wide tags are seen by brand admins but changed only by a platform admin. */
  private assertWritable(tag: TagView, scope: BrandScope): void {
    if (tag.brandId === null && !scope.all) throw new AppError('FORBIDDEN', 'platform-wide tags are managed by platform admins');
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isDuplicateKeyError(err, 'uk_brand_name')) throw new AppError('MEMBER_TAG_NAME_TAKEN');
      throw err;
    }
  }
}
