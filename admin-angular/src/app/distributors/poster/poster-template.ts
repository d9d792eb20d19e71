import type { Body } from '@dmh/api-client';

export type PosterTemplate = Body<'/api/v1/distributor/poster-template/{brandId}', 'put'>;

/** The poster's own pixels (the server renders 750×1334); the editor draws it smaller. */
export const POSTER_W = 750;
export const POSTER_H = 1334;

/** The number fields and their ranges, as the API's schema has them (poster-template.schemas.ts). */
export const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'avatar.x': [0, POSTER_W], 'avatar.y': [0, POSTER_H], 'avatar.size': [40, 400],
  'nickname.x': [0, POSTER_W - 40], 'nickname.y': [0, POSTER_H], 'nickname.fontSize': [16, 96],
  'qr.x': [0, POSTER_W], 'qr.y': [0, POSTER_H], 'qr.size': [120, 600],
};

export type Problem = { key: string; params?: Record<string, number> };

/**
 * What the API would refuse in a template, by field (`avatar.x`): whole numbers in range, boxes inside the
 * poster (a box's x + size within 750, y + size within 1334), the nickname's line inside, colours as #rrggbb.
 */
export function templateProblems(t: PosterTemplate): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  const get = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], t);
  for (const [path, [min, max]] of Object.entries(RANGES)) {
    const v = get(path);
    if (typeof v !== 'number' || !Number.isInteger(v)) out[path] = { key: 'distributors.poster.whole' };
    else if (v < min || v > max) out[path] = { key: 'distributors.poster.range', params: { min, max } };
  }
  const box = (part: 'avatar' | 'qr') => {
    const { x, y, size } = t[part];
    if (!out[`${part}.x`] && !out[`${part}.size`] && x + size > POSTER_W) out[`${part}.x`] = { key: 'distributors.poster.range', params: { min: 0, max: POSTER_W - size } };
    if (!out[`${part}.y`] && !out[`${part}.size`] && y + size > POSTER_H) out[`${part}.y`] = { key: 'distributors.poster.range', params: { min: 0, max: POSTER_H - size } };
  };
  box('avatar');
  box('qr');
  const { y, fontSize } = t.nickname;
  if (!out['nickname.y'] && !out['nickname.fontSize'] && y + fontSize > POSTER_H) {
    out['nickname.y'] = { key: 'distributors.poster.range', params: { min: 0, max: POSTER_H - fontSize } };
  }
  for (const path of ['background.color', 'nickname.color']) {
    if (!/^#[0-9a-fA-F]{6}$/.test(String(get(path)))) out[path] = { key: 'distributors.poster.colourProblem' };
  }
  return out;
}

/** Where a dragged box lands, in poster pixels: scaled back from the editor, whole, and kept inside the poster. */
export function dropPosition(px: number, py: number, scale: number, size: number): { x: number; y: number } {
  const clamp = (v: number, max: number) => Math.min(Math.max(Math.round(v / scale), 0), Math.max(max, 0));
  return { x: clamp(px, POSTER_W - size), y: clamp(py, POSTER_H - size) };
}

/** The API's field for a form path (`avatar.x` → `body.avatar.x`). */
export const apiField = (path: string) => `body.${path}`;
