import * as os from 'node:os';
import * as path from 'node:path';
import { dbConfigShape } from '@dmh/shared';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().default(3002),
  HOST: z.string().default('127.0.0.1'),
  ...dbConfigShape,
  /**
   * The default target (brands without their own configuration): a MySQL server, locally the stack's
   * `external-db` (the supervisor sets these); each one falls back to its DB_* counterpart.
   */
  EXTERNAL_DB_HOST: z.string().optional(),
  EXTERNAL_DB_PORT: z.coerce.number().int().optional(),
  EXTERNAL_DB_USER: z.string().optional(),
  EXTERNAL_DB_PASSWORD: z.string().optional(),
  EXTERNAL_DB_NAME: z.string().default('dmh_external'),
  /** Retries after the first attempt before a job is dead-lettered (the seed's rule: 3). */
  SYNC_MAX_RETRIES: z.coerce.number().int().min(0).max(20).default(3),
  /**
   * Backoff before retry n: base · 2^(n-1), ±20 % jitter, capped. The default (15 s, 30 s, 60 s) spreads the
   * 3 retries over 84–126 s, so a brand database that is down or unreachable for a minute (a restart, a
   * failover) receives everything on its own; only a longer outage leaves dead letters for an admin retry.
   */
  SYNC_RETRY_BASE_MS: z.coerce.number().int().min(10).default(15_000),
  SYNC_RETRY_MAX_MS: z.coerce.number().int().min(10).default(60_000),
  /** How often the worker looks for retries that are due. */
  SYNC_POLL_MS: z.coerce.number().int().min(20).default(500),
  /** How long a claimed job is this worker's before another replica may take it over. */
  SYNC_LEASE_MS: z.coerce.number().int().min(1_000).default(120_000),
  /** Last-resort bound on one attempt (drivers have their own connect and query timeouts). */
  SYNC_ATTEMPT_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(90_000),
  /** Per-target circuit breaker: open after this many consecutive failures, probe again after the cool-down. */
  SYNC_BREAKER_THRESHOLD: z.coerce.number().int().min(1).default(5),
  SYNC_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).default(15_000),
  /**
   * AES-256 key for target passwords (32 bytes, base64 or hex). In production it must come from the
   * environment (e.g. a Kubernetes secret or a Dapr secret store); elsewhere a key file under the state
   * dir is created on first use.
   */
  SYNC_CREDENTIALS_KEY: z.string().optional(),
  SYNC_CREDENTIALS_KEY_FILE: z.string().optional(),
  DMH_STATE_DIR: z.string().default(path.join(os.homedir(), '.local', 'state', 'dmh')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** Zipkin's span intake (…/api/v2/spans): set, this process records its spans and sends `traceparent` to its sidecar; unset, tracing is off. */
  ZIPKIN_SPANS_URL: z.string().url().optional(),
});

export type SyncConfig = z.infer<typeof schema>;
let cached: SyncConfig | undefined;

/** The sync worker's configuration: parsed once, validated, typed. */
export function config(): SyncConfig {
  cached ??= schema.parse(process.env);
  return cached;
}

export function credentialsKeyFile(c: SyncConfig): string {
  return c.SYNC_CREDENTIALS_KEY_FILE ?? path.join(c.DMH_STATE_DIR, 'sync', 'credentials.key');
}
