import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import { auditHash, type AuditContent } from '../../../api/src/audit/audit-chain';
import { API_URL, type ApiAnswer } from './api-client';
import { db, one } from './db';
import { TEST_JWT_SECRET } from './test-stack';

/** Auth, RBAC and security scenarios: requests with headers (a client address, a user agent), tokens, forged JWTs. */
export async function request<T = any>(
  method: string,
  path: string,
  opts: { body?: unknown; token?: string; ip?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  // The API trusts X-Forwarded-For from loopback only (its reverse proxy): from the test runner it is the client address.
  if (opts.ip) headers['x-forwarded-for'] = opts.ip;
  const response = await fetch(`${API_URL}${path}`, {
    method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  passwordExpired: boolean;
  passwordChangeReason: 'first-login' | 'expired' | null;
  user: { userId: string; sessionId: string; roles: string[]; permissions: string[] };
}

export async function logIn(username: string, password: string, ip?: string): Promise<TokenPair> {
  const answer = await request('POST', '/api/v1/auth/login', { body: { username, password }, ip });
  if (answer.status !== 200) throw new Error(`login ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

/** A fresh address from the benchmarking range (198.18.0.0/15), so a scenario has per-address counters of its own. */
export function freshIp(): string {
  const b = randomBytes(3);
  return `198.${18 + (b[0] % 2)}.${b[1]}.${b[2] % 254 + 1}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const b64url = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** A JWT signed with HMAC (`alg` HS256/HS384/HS512) or unsigned (`none`), for the attack tests. */
export function forgeJwt(payload: object, opts: { alg?: 'HS256' | 'HS384' | 'HS512' | 'none'; secret?: string } = {}): string {
  const alg = opts.alg ?? 'HS256';
  const unsigned = `${b64url({ alg, typ: 'JWT' })}.${b64url(payload)}`;
  if (alg === 'none') return `${unsigned}.`;
  const hmac = createHmac(`sha${alg.slice(2)}`, opts.secret ?? TEST_JWT_SECRET);
  return `${unsigned}.${hmac.update(unsigned).digest('base64url')}`;
}

/** The claims the API signs, for a real session: override any of them. */
export function claimsFor(user: { userId: string; sessionId: string }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub: user.userId, username: 'x', sid: user.sessionId, typ: 'access', iss: 'dmh', aud: 'dmh-api', iat: now, exp: now + 600, ...overrides };
}

/**
 * Appends an entry to the audit chain exactly as the API does (head locked, hash over the canonical
 * content), for entries of a brand that no scenario of this file produces through an endpoint.
 */
export async function appendAudit(content: Omit<AuditContent, 'createdAt'>): Promise<string> {
  const conn: PoolConnection = await db().getConnection();
  try {
    await conn.beginTransaction();
    const [[head]] = await conn.query<RowDataPacket[]>('SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
    const createdAt = new Date();
    const full: AuditContent = { ...content, createdAt: createdAt.toISOString() };
    const hash = auditHash(head.last_hash, full);
    const [result] = await conn.query<any>(
      `INSERT INTO audit_logs (user_id, username, action, resource, resource_id, brand_id, ip, user_agent, before_data, after_data, prev_hash, hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [full.userId, full.username, full.action, full.resource, full.resourceId, full.brandId, full.ip, full.userAgent,
        full.before === null ? null : JSON.stringify(full.before), full.after === null ? null : JSON.stringify(full.after), head.last_hash, hash, createdAt],
    );
    await conn.query('UPDATE audit_chain_head SET last_hash = ?, entries = entries + 1 WHERE id = 1', [hash]);
    await conn.commit();
    return String(result.insertId);
  } catch (err) {
    await conn.rollback();
    throw err;
  } finally {
    conn.release();
  }
}

export async function countRows(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await one<{ n: string }>(sql, params)).n);
}

/** The newest audit entry of an action on a resource id. */
export function lastAudit(action: string, resourceId: string) {
  return one<any>('SELECT * FROM audit_logs WHERE action = ? AND resource_id = ? ORDER BY id DESC LIMIT 1', [action, resourceId]);
}

export const ADMIN = { username: 'admin', password: 'Admin@12345' };
