import { idParam, searchKeyword } from '../common/http';
import { pageOf } from '../common/openapi';
import { z } from '../common/zod';
import { DISTRIBUTOR_STATUSES, distributorSchema, isoTime, money } from './distributors.schemas';

const page = z.coerce.number().int().min(1).max(10_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

/**
 * A brand's tree one level at a time: the top (neither), a node's children (parentId), a search of the whole
 * brand (q), or a search among a node's children (both).
 */
export const treeQuery = z
  .object({
    brandId: idParam,
    parentId: idParam.optional().openapi({ description: "whose children (default: the brand's level-1 distributors; with q: the whole brand)" }),
    q: searchKeyword(50).optional().openapi({ description: 'search: username or real name (contains), or the id' }),
    page,
    pageSize,
  })
  .strict();
export type TreeQuery = z.infer<typeof treeQuery>;

export const treeNodeSchema = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  realName: z.string().nullable(),
  brandId: z.string(),
  level: z.int().min(1).max(3),
  parentId: z.string().nullable(),
  status: z.enum(DISTRIBUTOR_STATUSES),
  totalEarnings: money.openapi({ description: 'rewards earned at every level, net of reversals' }),
  orderCount: z.int().min(0).openapi({ description: 'paid orders it referred itself (level-1 rewards)' }),
  rewardCount: z.int().min(0).openapi({ description: 'settled rewards at every level' }),
  childCount: z.int().min(0).openapi({ description: 'direct subordinates (active or suspended; applicants are not counted)' }),
  teamSize: z.int().min(0).openapi({ description: 'everyone below it, every level' }),
  ancestors: z.array(z.object({ id: z.string(), username: z.string() })).openapi({ description: 'its upline, nearest first' }),
  createdAt: isoTime,
});
export type TreeNodeView = z.infer<typeof treeNodeSchema>;
export const treePageSchema = pageOf(treeNodeSchema);

export const distributorLinksQuery = z.object({ campaignId: idParam.optional(), page, pageSize }).strict();

export const uplineBody = z
  .object({ parentId: idParam.nullable().openapi({ description: "the new upline's distributor id; null: a level-1 distributor" }) })
  .strict();

export const uplineChangeSchema = z.object({
  distributor: distributorSchema,
  applied: z.boolean().openapi({ description: 'false when it already had this upline (nothing changed)' }),
  team: z.int().min(0).openapi({ description: 'distributors below it whose level moved with it' }),
});
