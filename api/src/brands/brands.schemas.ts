import { z } from '../common/zod';
import { idParam, searchKeyword, text } from '../common/http';
import { pageOf } from '../common/openapi';

const rewardLevels = z.int().min(1).max(3).openapi({
  description: 'How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.',
  example: 3,
});

/** The brand settings this API manages; other keys in brands.settings are kept as they are. */
export const brandSettingsBody = z.object({ rewardLevels: rewardLevels.optional() }).strict();

export const createBrandBody = z
  .object({
    name: text(100),
    logo: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
    description: z.string().max(2000).nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
    settings: brandSettingsBody.optional(),
  })
  .strict();

export const updateBrandBody = createBrandBody
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' })
  .openapi({ minProperties: 1 });

export type CreateBrandBody = z.infer<typeof createBrandBody>;
export type UpdateBrandBody = z.infer<typeof updateBrandBody>;

export const brandParams = z.object({ id: idParam }).strict();

export const brandListQuery = z
  .object({
    q: searchKeyword(100).optional().openapi({ description: 'part of the name' }),
    status: z.enum(['active', 'disabled']).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export type BrandListQuery = z.infer<typeof brandListQuery>;

export const brandSchema = z.object({
  id: z.string(),
  name: z.string(),
  logo: z.string().nullable(),
  description: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  settings: z.object({ rewardLevels }),
  createdAt: z.string().openapi({ format: 'date-time' }),
  updatedAt: z.string().openapi({ format: 'date-time' }),
});

export type BrandView = z.infer<typeof brandSchema>;

export const brandPageSchema = pageOf(brandSchema);
