import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { idParams } from './members.schemas';
import {
  bulkTagBody, bulkTagResultSchema, createTagBody, deletedTagSchema, listTagsQuery, tagPageSchema, tagSchema, updateTagBody,
} from './member-tags.schemas';
import { MemberTagsService } from './member-tags.service';

/** /api/v1/members/tags: a brand's member tags, and tagging many members at once. */
export function memberTagsRoutes(tags = new MemberTagsService()): Router {
  return new ApiRouter('/members', 'members')
    .add({
      method: 'get',
      path: '/tags',
      summary: "Member tags: your brands' and the platform-wide ones, with how many of your members carry each",
      access: { permission: 'member:read' },
      query: listTagsQuery,
      response: tagPageSchema,
      handle: async ({ query, principal }) => tags.list(principal, query.brandId, query.page, query.pageSize),
    })
    .add({
      method: 'post',
      path: '/tags',
      summary: 'Create a tag for one of your brands (a platform admin may omit brandId: a platform-wide tag)',
      access: { permission: 'member:write' },
      body: createTagBody,
      status: 201,
      response: tagSchema,
      errors: ['MEMBER_TAG_NAME_TAKEN'],
      handle: async ({ body, principal, ip, req }) => tags.create({ principal, ip, userAgent: req.get('user-agent') ?? null }, body),
    })
    .add({
      method: 'post',
      path: '/tags/bulk',
      summary: 'Tag or untag many members at once (all or nothing; repeating it changes nothing)',
      access: { permission: 'member:write' },
      body: bulkTagBody,
      bodyLimit: '64kb',
      response: bulkTagResultSchema,
      handle: async ({ body, principal, ip, req }) => tags.bulk({ principal, ip, userAgent: req.get('user-agent') ?? null }, body),
    })
    .add({
      method: 'put',
      path: '/tags/:id',
      summary: "Rename or recolour a tag",
      access: { permission: 'member:write' },
      params: idParams,
      body: updateTagBody,
      response: tagSchema,
      errors: ['MEMBER_TAG_NAME_TAKEN'],
      handle: async ({ params, body, principal, ip, req }) => tags.update({ principal, ip, userAgent: req.get('user-agent') ?? null }, params.id, body),
    })
    .add({
      method: 'delete',
      path: '/tags/:id',
      summary: 'Delete a tag (it comes off every member that carried it)',
      access: { permission: 'member:write' },
      params: idParams,
      response: deletedTagSchema,
      handle: async ({ params, principal, ip, req }) => tags.remove({ principal, ip, userAgent: req.get('user-agent') ?? null }, params.id),
    }).router;
}
