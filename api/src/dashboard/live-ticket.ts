import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { Principal } from '../common/principal';
import { type BrandScope, brandScope } from '../brands/brand-scope';
import { redisClient } from '../common/redis';

/**
 * Tickets for the live feed. A browser's EventSource cannot send an Authorization header, so the console
 * first asks for a ticket with its bearer token and opens the stream with `?ticket=`. A ticket is 256 random
 * bits, lives TICKET_SECONDS, opens only the live feed, and carries the brand scope of the admin it was issued
 * to (stored in Redis, so any replica accepts it). A URL credential that expires in a minute and can do one
 * read-only thing is safer than the alternatives: the access token itself in the URL (it would reach logs and
 * do everything for 24 h), or a cookie (the API is bearer-only; a cookie would bring CSRF and a second way in).
 * A stream ends after STREAM_MAX_SECONDS; the console then needs a fresh ticket, so a revoked session or a
 * changed scope stops being served within that time.
 */
export const TICKET_SECONDS = 60;
export const STREAM_MAX_SECONDS = 600;

const key = (ticket: string) => `dmh:live-ticket:${ticket}`;
export const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface LiveTicket {
  userId: string;
  scope: BrandScope;
}

export class LiveTickets {
  constructor(private readonly client: () => Redis = redisClient) {}

  async issue(principal: Principal, scope: BrandScope = brandScope(principal)): Promise<{ ticket: string; expiresAt: string }> {
    const ticket = randomBytes(32).toString('base64url');
    const value: LiveTicket = { userId: principal.userId, scope };
    await this.client().set(key(ticket), JSON.stringify(value), 'EX', TICKET_SECONDS);
    return { ticket, expiresAt: new Date(Date.now() + TICKET_SECONDS * 1000).toISOString() };
  }

  /** The ticket's holder and scope, or null when it is unknown or expired. */
  async redeem(ticket: string): Promise<LiveTicket | null> {
    if (!TICKET_PATTERN.test(ticket)) return null;
    const raw = await this.client().get(key(ticket));
    return raw ? (JSON.parse(raw) as LiveTicket) : null;
  }
}
