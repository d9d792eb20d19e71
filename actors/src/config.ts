import { actorCallSecretShape, assertActorCallSecret, dbConfigShape, dbPoolSizeShape } from '@dmh/shared';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Every actor call must be signed with it by a DMH app (actor-call-auth in @dmh/shared). */
  ...actorCallSecretShape,
  PORT: z.coerce.number().int().default(3001),
  HOST: z.string().default('127.0.0.1'),
  DAPR_HOST: z.string().default('127.0.0.1'),
  DAPR_HTTP_PORT: z.coerce.number().int().default(3501),
  ...dbConfigShape,
  ...dbPoolSizeShape,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** Zipkin's span intake (…/api/v2/spans): set, this process records its spans and sends `traceparent` to its sidecar; unset, tracing is off. */
  ZIPKIN_SPANS_URL: z.string().url().optional(),
  ACTOR_IDLE_TIMEOUT: z.string().default('30m'),
  /**
   * How long a BalanceActor turn's credits wait for other balances' before their transaction (ms): those that
   * reach this host within it share one (a paid order's three credits; balance/credit-groups.ts). 0: every
   * turn's credits in a transaction of their own, at once.
   */
  CREDIT_GROUP_LINGER_MS: z.coerce.number().int().min(0).max(50).default(2),
  /**
   * How long a new order may be paid (its pay_expires_at, sent to WeChat Pay as time_expire); unpaid past
   * it, the order is closed and its seat goes back. Also the fresh window of a closed order re-seated by a
   * late payment. Below a minute only for tests.
   */
  ORDER_PAY_WINDOW_SECONDS: z.coerce.number().int().min(5).max(7 * 24 * 3600).default(1800),
});

export type ActorsConfig = z.infer<typeof schema>;

let cached: ActorsConfig | undefined;

/** The actor host's configuration: parsed once from the environment, validated, typed. */
export function config(): ActorsConfig {
  cached ??= schema.parse(process.env);
  assertActorCallSecret(cached.NODE_ENV, cached.ACTOR_CALL_SECRET);
  return cached;
}
