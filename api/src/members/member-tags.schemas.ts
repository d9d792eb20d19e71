import { z } from '../common/zod';
import { idParam, text } from '../common/http';
import { pageOf } from '../common/openapi';
import { isoTime } from './members.schemas';

const tagName = text(50);
const tagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1e88e5');

export const listTagsQuery = z
  .object({
    brandId: idParam.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const createTagBody = z
  .object({
    brandId: idParam.optional().openapi({ description: "the brand the tag belongs to (required for brand admins; omitted by a platform admin: a platform-wide tag)" }),
    name: tagName,
    color: tagColor.optional(),
  })
  .strict();
export type CreateTagBody = z.infer<typeof createTagBody>;

export const updateTagBody = z
  .object({ name: tagName.optional(), color: tagColor.nullable().optional() })
  .strict()
  .refine((b) => b.name !== undefined || b.color !== undefined, { message: 'nothing to change: give name or color' })
  .openapi({ minProperties: 1 });
export type UpdateTagBody = z.infer<typeof updateTagBody>;

export const bulkTagBody = z
  .object({
    action: z.enum(['add', 'remove']),
    tagIds: z.array(idParam).min(1).max(20),
    memberIds: z.array(idParam).min(1).max(1000),
  })
  .strict();
export type BulkTagBody = z.infer<typeof bulkTagBody>;

export const tagSchema = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  name: z.string(),
  color: z.string().nullable(),
  memberCount: z.int().min(0).openapi({ description: 'members of your brands carrying the tag' }),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type TagView = z.infer<typeof tagSchema>;

export const tagPageSchema = pageOf(tagSchema);

export const bulkTagResultSchema = z.object({
  action: z.enum(['add', 'remove']),
  requested: z.int().min(0).openapi({ description: 'member × tag pairs asked for' }),
  changed: z.int().min(0).openapi({ description: 'pairs added (or removed) by this call' }),
  unchanged: z.int().min(0).openapi({ description: 'pairs already in the asked state: a repeated call changes nothing' }),
});

export const deletedTagSchema = z.object({ id: z.string(), unlinkedMembers: z.int().min(0) });
