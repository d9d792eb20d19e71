import { Router } from 'express';
import { isPlatformAdmin } from '../common/principal';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { memberExportRoutes } from './member-export.routes';
import { MemberMatcher } from './member-matching.service';
import { MemberMergeService } from './member-merge.service';
import { memberTagsRoutes } from './member-tags.routes';
import {
  idParams, listMembersQuery, memberDetailSchema, memberPageSchema, mergeBody, mergeResultSchema, redriveBody, redriveResultSchema,
  updateMemberBody,
} from './members.schemas';
import { MembersService } from './members.service';

export interface MembersDeps {
  members?: MembersService;
  merges?: MemberMergeService;
  matcher?: MemberMatcher;
}

/**
 * /api/v1/members: the member list and detail (brand-scoped), profile edits, merge, tags and exports.
 * The fixed paths (/tags, /export, /exports, /merge) are mounted before /:id.
 */
export function membersRoutes(deps: MembersDeps = {}): Router {
  const members = deps.members ?? new MembersService();
  const merges = deps.merges ?? new MemberMergeService();
  const matcher = deps.matcher ?? new MemberMatcher();
  const api = new ApiRouter('/members', 'members')
    .add({
      method: 'get',
      path: '/',
      summary: 'Members of your brands: filter by keyword (name, nickname, phone), tag, brand, status, created range',
      access: { permission: 'member:read' },
      query: listMembersQuery,
      response: memberPageSchema,
      handle: async ({ query, principal }) => {
        const { page, pageSize, ...filters } = query;
        return members.list(principal, filters, page, pageSize);
      },
    })
    .add({
      method: 'post',
      path: '/merge',
      summary: 'Merge a member into another: orders, tags, brand links and profile move; the source is kept, marked merged',
      access: { permission: 'member:write' },
      body: mergeBody,
      response: mergeResultSchema,
      errors: ['MEMBER_MERGE_SELF', 'MEMBER_ALREADY_MERGED'],
      handle: async ({ body, principal, ip, req }) =>
        merges.merge({ principal, ip, userAgent: req.get('user-agent') ?? null }, body.sourceId, body.targetId),
    })
    .add({
      method: 'post',
      path: '/matching/redrive',
      summary: 'Match again the sign-ups whose member matching failed (platform admins; it also runs after sign-ups)',
      access: { permission: 'member:write' },
      body: redriveBody,
      response: redriveResultSchema,
      handle: async ({ body, principal }) => {
        if (!isPlatformAdmin(principal)) throw new AppError('FORBIDDEN', 'platform admins only');
        return matcher.redrive(body);
      },
    })
    .add({
      method: 'get',
      path: '/:id',
      summary: 'A member of your brands: profile, tags, brand links, order and reward history',
      access: { permission: 'member:read' },
      params: idParams,
      response: memberDetailSchema,
      handle: async ({ params, principal }) => members.detail(principal, params.id),
    })
    .add({
      method: 'put',
      path: '/:id',
      summary: "Update a member's profile (audited with before and after)",
      access: { permission: 'member:write' },
      params: idParams,
      body: updateMemberBody,
      response: memberDetailSchema,
      errors: ['MEMBER_ALREADY_MERGED'],
      handle: async ({ params, body, principal, ip, req }) =>
        members.update({ principal, ip, userAgent: req.get('user-agent') ?? null }, params.id, body),
    });

  const router = Router();
  router.use(memberTagsRoutes());
  router.use(memberExportRoutes());
  router.use(api.router);
  return router;
}
