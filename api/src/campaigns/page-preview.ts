import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Preview links for an unpublished page design: a token bound to one campaign and an expiry, signed with
 * HMAC-SHA256 under a key derived from the API's secret (never the JWT key itself). Whoever holds the
 * link sees the latest saved design of that campaign until it expires; nothing else. Pure, testable.
 */
export interface PreviewToken {
  token: string;
  expiresAt: Date;
}

const TOKEN = /^(\d{10})\.([A-Za-z0-9_-]{43})$/;

function keyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('dmh.page-preview.v1').digest();
}

function signatureOf(secret: string, campaignId: string, expires: number): string {
  return createHmac('sha256', keyOf(secret)).update(`${campaignId}:${expires}`).digest('base64url');
}

export function signPreview(secret: string, campaignId: string, ttlSeconds: number, now = Date.now()): PreviewToken {
  const expires = Math.floor(now / 1000) + ttlSeconds;
  return { token: `${expires}.${signatureOf(secret, campaignId, expires)}`, expiresAt: new Date(expires * 1000) };
}

/** 'ok' only for an untampered token of this campaign that has not expired. */
export function checkPreview(secret: string, campaignId: string, token: string, now = Date.now()): 'ok' | 'invalid' | 'expired' {
  const m = TOKEN.exec(token);
  if (!m) return 'invalid';
  const expires = Number(m[1]);
  const expected = Buffer.from(signatureOf(secret, campaignId, expires));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return expires * 1000 <= now ? 'expired' : 'ok';
}

/** The consumer app's address of a campaign's preview (its `/c/:id` route with the token). */
export function previewUrl(h5BaseUrl: string, campaignId: string, token: string): string {
  return `${h5BaseUrl.replace(/\/+$/, '')}/c/${encodeURIComponent(campaignId)}?preview=${encodeURIComponent(token)}`;
}
