/**
 * The `state` of a WeChat authorize link: what the H5 app must find again when WeChat sends the user back
 * (the campaign and the distributor whose link was opened), signed so a forged or edited state cannot
 * attribute an order to someone else. WeChat allows only a-zA-Z0-9 and 128 bytes, so the fields are
 * digits and lower-case base 36/hex, separated by `X`:
 * `S1X<campaignId>X<referrerId>X<issued, seconds, base 36>X<HMAC-SHA256, 24 hex>`; empty fields are allowed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The time a user may spend on WeChat's consent page before the state is refused. */
export const OAUTH_STATE_TTL_SECONDS = 30 * 60;
const ID = /^([1-9]\d{0,18})?$/;
const FORMAT = /^S1X(\d{0,19})X(\d{0,19})X([0-9a-z]{1,10})X([0-9a-f]{24})$/;

export interface OAuthReferral {
  campaignId: string | null;
  referrerId: string | null;
}

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(`wechat-oauth-state|${body}`).digest('hex').slice(0, 24);

export function signOAuthState(secret: string, referral: OAuthReferral, nowMs: number): string {
  const campaignId = referral.campaignId ?? '';
  const referrerId = referral.referrerId ?? '';
  if (!ID.test(campaignId) || !ID.test(referrerId)) throw new RangeError('campaignId and referrerId are positive integers');
  const body = `${campaignId}X${referrerId}X${Math.floor(nowMs / 1000).toString(36)}`;
  return `S1X${body}X${mac(secret, body)}`;
}

/** The referral a state carries, or null when it is not ours, was edited, or is older than the TTL. */
export function verifyOAuthState(secret: string, state: string, nowMs: number): OAuthReferral | null {
  const m = FORMAT.exec(state);
  if (!m) return null;
  const [, campaignId, referrerId, issued, signature] = m;
  if (!ID.test(campaignId) || !ID.test(referrerId)) return null;
  const body = `${campaignId}X${referrerId}X${issued}`;
  const expected = Buffer.from(mac(secret, body));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
  const age = nowMs / 1000 - parseInt(issued, 36);
  if (age < -60 || age > OAUTH_STATE_TTL_SECONDS) return null;
  return { campaignId: campaignId || null, referrerId: referrerId || null };
}
