import { idParam } from '../common/http';
import { z } from '../common/zod';
import { isoTime } from './distributors.schemas';

export const POSTER_W = 750;
export const POSTER_H = 1334;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #ff8800');
const x = z.int().min(0).max(POSTER_W);
const y = z.int().min(0).max(POSTER_H);

/** Where things go on the 750×1334 poster, in its own pixels; each box must stay inside the poster. */
export const posterTemplateSchema = z
  .object({
    background: z.object({
      color: colour,
      image: z.string().max(500).nullable().openapi({ description: "one of the brand's image assets, drawn to cover the poster; null: the colour only" }),
    }).strict(),
    avatar: z.object({ visible: z.boolean(), x, y, size: z.int().min(40).max(400) }).strict(),
    nickname: z.object({ visible: z.boolean(), x, y, fontSize: z.int().min(16).max(96), color: colour }).strict(),
    qr: z.object({ x, y, size: z.int().min(120).max(600) }).strict(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const inside = (part: 'avatar' | 'qr', size: number, px: number, py: number) => {
      if (px + size > POSTER_W) ctx.addIssue({ code: 'custom', path: [part, 'x'], message: `must leave room for the ${size}px box (at most ${POSTER_W - size})` });
      if (py + size > POSTER_H) ctx.addIssue({ code: 'custom', path: [part, 'y'], message: `must leave room for the ${size}px box (at most ${POSTER_H - size})` });
    };
    inside('avatar', t.avatar.size, t.avatar.x, t.avatar.y);
    inside('qr', t.qr.size, t.qr.x, t.qr.y);
    if (t.nickname.x > POSTER_W - 40) ctx.addIssue({ code: 'custom', path: ['nickname', 'x'], message: `at most ${POSTER_W - 40}: the name needs room` });
    if (t.nickname.y + t.nickname.fontSize > POSTER_H) ctx.addIssue({ code: 'custom', path: ['nickname', 'y'], message: `at most ${POSTER_H - t.nickname.fontSize}` });
  });
export type PosterTemplateSpec = z.infer<typeof posterTemplateSchema>;

/** The layout a brand starts from: avatar and name bottom left, the QR code bottom right, on a warm colour. */
export const DEFAULT_POSTER_TEMPLATE: PosterTemplateSpec = {
  background: { color: '#fff3e6', image: null },
  avatar: { visible: true, x: 60, y: 1000, size: 120 },
  nickname: { visible: true, x: 200, y: 1040, fontSize: 36, color: '#222222' },
  qr: { x: 470, y: 1040, size: 240 },
};

export const brandIdParams = z.object({ brandId: idParam }).strict();

export const posterTemplateViewSchema = z.object({
  brandId: z.string(),
  template: posterTemplateSchema,
  custom: z.boolean().openapi({ description: 'false: the brand has none yet (this is the default to start from)' }),
  updatedAt: isoTime.nullable(),
  images: z.array(z.object({ url: z.string(), name: z.string() })).openapi({ description: "the brand's image assets, the backgrounds it may use" }),
});
