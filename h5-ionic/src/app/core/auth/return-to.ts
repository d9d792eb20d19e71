/** Where the app goes after login when nothing else was asked. */
export const DEFAULT_RETURN = '/me';

/**
 * A `returnTo` the login may follow: a path of this app only (starts with one `/`, no scheme, no `//`
 * or `/\` that a browser would read as another host); anything else is the member centre.
 */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw || raw.length > 500) return DEFAULT_RETURN;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\u0000-\u001f]/.test(raw)) return DEFAULT_RETURN;
  return raw;
}

/**
 * The campaign and referrer a return path carries (`/c/12?ref=7` or `/h5/campaigns/12?ref=7`), so a login
 * that begins on the login page (a link straight to it) still remembers the referral.
 */
export function referralIn(returnTo: string): { campaignId: string; ref: string } | null {
  const url = new URL(returnTo, 'http://app.invalid');
  const match = /^\/(?:c|h5\/campaigns)\/([1-9]\d{0,18})$/.exec(url.pathname);
  const ref = url.searchParams.get('ref');
  return match && ref ? { campaignId: match[1], ref } : null;
}
