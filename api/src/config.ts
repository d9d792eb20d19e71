// Plain zod: config.ts sits below common/ (common's database, logger and redis read it), and parsing the
// environment needs none of the OpenAPI extension common/zod adds.
import { actorCallSecretShape, assertActorCallSecret, dbConfigShape, dbPoolSizeShape } from '@dmh/shared';
import { SANDBOX_APP_APPID, SANDBOX_APP_SECRET, SANDBOX_APPID, SANDBOX_MCHID } from '@dmh/shared/dist/wechatpay';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().default(8889),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_BASE_URL: z.string().url().default('http://127.0.0.1:8889'),
  DAPR_HOST: z.string().default('127.0.0.1'),
  DAPR_HTTP_PORT: z.coerce.number().int().default(3500),
  ...dbConfigShape,
  ...dbPoolSizeShape,
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** Zipkin's span intake (…/api/v2/spans): set, this process records its spans and sends `traceparent` to its sidecar; unset, tracing is off. */
  ZIPKIN_SPANS_URL: z.string().url().optional(),
  /** Zipkin's UI (…/zipkin): the console links each paid order to its trace there. Unset: no link. */
  OPS_TRACES_URL: z.string().url().optional(),
  /** The consumer H5 app's public address: campaign links and the designer's preview QR code point there. */
  H5_PUBLIC_URL: z.string().url().default('http://127.0.0.1:3100'),
  /** How long a page preview link (a signed token) opens the unpublished design. */
  PAGE_PREVIEW_TTL_SECONDS: z.coerce.number().int().min(60).max(604_800).default(86_400),
  JWT_SECRET: z.string().min(32).default('dev-only-secret-change-me-in-production-0123456789'),
  /** Signs each actor call; the actor host holds the same secret and refuses calls without it (actor-call-auth). */
  ...actorCallSecretShape,
  /** WeChat Pay: the sandbox in dev/test, api.mch.weixin.qq.com in production. */
  WECHATPAY_BASE_URL: z.string().url().default('http://127.0.0.1:8890'),
  /** 'sandbox' (dev/test: keys shared with the local sandbox) or 'live' (the merchant's real credentials below). */
  WECHATPAY_MODE: z.enum(['sandbox', 'live']).default('sandbox'),
  WECHATPAY_SANDBOX_KEYS_DIR: z.string().optional(),
  WECHATPAY_APPID: z.string().default(SANDBOX_APPID),
  /**
   * The mobile app's appid (WeChat Open Platform, 开放平台移动应用) for APP pay: not the Official Account's.
   * The default is the local sandbox's, refused in production.
   */
  WECHATPAY_APP_APPID: z.string().min(1).max(32).default(SANDBOX_APP_APPID),
  WECHATPAY_MCHID: z.string().default(SANDBOX_MCHID),
  WECHATPAY_MERCHANT_SERIAL: z.string().optional(),
  WECHATPAY_MERCHANT_KEY_FILE: z.string().optional(),
  WECHATPAY_APIV3_KEY: z.string().optional(),
  /** WeChat Pay public key mode: the key file and its PUB_KEY_ID. */
  WECHATPAY_PUBLIC_KEY_FILE: z.string().optional(),
  WECHATPAY_PUBLIC_KEY_ID: z.string().optional(),
  /**
   * How WeChat Pay's signatures are verified, in sandbox and live mode alike: `public_key` (the WeChat Pay
   * public key, PUB_KEY_ID_…), `certificate` (platform certificates fetched from /v3/certificates and
   * refreshed), or `both` (a merchant migrating from one to the other).
   */
  WECHATPAY_VERIFY_MODE: z.enum(['public_key', 'certificate', 'both']).default('public_key'),
  /** Certificate mode, optional: comma-separated `serial=path/to/cert.pem` trusted before the first fetch. */
  WECHATPAY_PLATFORM_CERTS: z.string().optional(),
  /** Certificate mode: how often /v3/certificates is fetched again (12 h), and the least time between two fetches an unknown serial triggers. */
  WECHATPAY_CERT_REFRESH_SECONDS: z.coerce.number().int().min(1).default(43_200),
  WECHATPAY_CERT_MIN_REFRESH_GAP_SECONDS: z.coerce.number().int().min(0).default(60),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /**
   * How long a paid order's sync job waits for the jobs of other orders before their one message goes to the sync
   * worker (api/src/settlement/settlement-channels.ts): the brand's copy is that much later, and every message costs
   * the same (a broker message, a delivery, the ledger's and the brand's round trips) however many jobs it carries.
   * 500: at 43 paid orders/s about 21 jobs a message, the sync lag's p99 about 0.53 s (the promise: 1 s); 200 made
   * it 0.22 s for about 0.5 ms more CPU per paid order (bench/README.md, eighth step).
   */
  SYNC_LINGER_MS: z.coerce.number().int().min(0).max(5000).default(500),
  /** How often the dashboard's roll-up folds closed hours and changed facts in (api/src/dashboard/rollup.ts); 0: never. */
  DASHBOARD_ROLLUP_SECONDS: z.coerce.number().int().min(0).default(60),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).default(15000),
  /**
   * Payment notifications worked on at once (arrival to answer); past it one is refused with 503 +
   * Retry-After (WeChat re-sends it), so answers stay well inside WeChat's 5 s timeout under any burst.
   */
  PAYMENT_CALLBACKS_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(128),
  /**
   * The answer time aimed at for payment notifications (arrival to answer): while answers take longer, the
   * bound above shrinks (to no fewer than 16), and it grows back while they do not. Holds answers near this
   * time on a saturated machine whatever its speed, and still takes a notifier's burst on a fast one
   * (bench/README.md).
   */
  PAYMENT_CALLBACKS_TARGET_MS: z.coerce.number().int().min(1).default(300),
  /**
   * Accepted payments whose rewards are not credited yet after their answer (the events and sync job that
   * follow linger on purpose and do not count); past it new
   * notifications are refused with 503 + Retry-After too, so a burst above what the machine settles is
   * turned away cheaply instead of piling into the event loop (bench/README.md).
   */
  PAYMENT_SETTLEMENTS_MAX_BACKLOG: z.coerce.number().int().min(1).default(256),
  /**
   * How long the oldest accepted payment may have been waiting for its credits before new notifications are refused with
   * 503 + Retry-After: past it the machine is not keeping up (the credits are already late), so more work
   * would only make every answer slower. A time rather than a count holds on any machine (bench/README.md).
   */
  PAYMENT_SETTLEMENTS_MAX_AGE_MS: z.coerce.number().int().min(1).default(1000),
  /**
   * While this process's event loop runs late (the 99th percentile of its delay over the last 100 ms over
   * this many ms), new payment notifications are refused with 503 + Retry-After: every answer and every
   * settlement waits for that one thread, so work let in then is answered late, 503s included. Sees the
   * thread fall behind whatever the work; the bounds above count or time the work (bench/README.md).
   */
  PAYMENT_LOOP_LATE_MS: z.coerce.number().int().min(1).default(50),
  /**
   * Active query of an order whose payment notification has not come (a Dapr job chain per order, started
   * before the prepay): first after PAYMENT_QUERY_DELAY_SECONDS, then at doubling intervals up to
   * PAYMENT_QUERY_MAX_INTERVAL_SECONDS, the last at the order's expiry plus PAYMENT_EXPIRY_MARGIN_SECONDS.
   */
  PAYMENT_QUERY_DELAY_SECONDS: z.coerce.number().int().min(1).default(60),
  PAYMENT_QUERY_MAX_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
  PAYMENT_EXPIRY_MARGIN_SECONDS: z.coerce.number().int().min(0).default(60),
  /** The expiry sweep (one recurring Dapr job): how often, and how many expired orders per run. */
  ORDER_EXPIRY_SWEEP_SECONDS: z.coerce.number().int().min(1).default(60),
  ORDER_EXPIRY_SWEEP_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  /**
   * Tests only (refused in production): a file naming one order; when the watch's query finds that order
   * paid, it pauses (PAYMENT_WATCH_TEST_PAUSE_MS) before the paid transaction, so a test can kill the API there.
   */
  PAYMENT_WATCH_TEST_PAUSE_FILE: z.string().optional(),
  PAYMENT_WATCH_TEST_PAUSE_MS: z.coerce.number().int().min(0).default(60_000),
  CAMPAIGN_CACHE_SECONDS: z.coerce.number().int().min(1).default(300),
  /** Auth: bcrypt cost of new password hashes, refresh-token lifetime. */
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(10),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Per-address throttling of the auth endpoints (fixed windows in Redis). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  LOGIN_IP_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  REGISTER_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  REFRESH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Comma-separated client addresses the per-address auth limits skip (e.g. a test runner on loopback); empty in production. */
  AUTH_RATE_LIMIT_EXEMPT_IPS: z.string().default('').transform((s) => s.split(',').map((ip) => ip.trim()).filter(Boolean)),
  /**
   * Bill reconciliation: the China Standard Time (HH:mm) at which the daily job reconciles the previous day
   * (WeChat's bills are ready after 10:00 CST), or 'off' to schedule nothing; and how long a run may work
   * before another may take its day over (a run whose process died).
   */
  RECONCILIATION_DAILY_AT: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|off)$/, 'HH:mm (China Standard Time) or off').default('10:30'),
  RECONCILIATION_LEASE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /**
   * Refunds in process (refunds/refund-watch.ts): a refund the provider answered PROCESSING is queried this
   * long after it was asked, then again with the interval doubling up to the cap, until it ends; one still
   * PROCESSING this long after it was asked is shown to admins as needing action.
   */
  REFUND_QUERY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  REFUND_QUERY_MAX_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3_600),
  REFUND_STUCK_AFTER_SECONDS: z.coerce.number().int().min(1).default(259_200),
  /**
   * Phone + SMS code login: the provider (`development` logs the code and keeps it in Redis for tests;
   * refused in production; `none` answers 503), how long a code lives, the wait before another may be
   * sent, wrong codes allowed per code, and codes per phone per day.
   */
  SMS_PROVIDER: z.enum(['development', 'none']).default('development'),
  SMS_CODE_TTL_SECONDS: z.coerce.number().int().min(30).max(1800).default(300),
  SMS_RESEND_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
  SMS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  SMS_DAILY_LIMIT: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * The ops report (api/src/ops): each app's own health endpoint and its sidecar's Dapr HTTP API (metadata,
   * healthz), placement's and scheduler's healthz, and how long each of those calls may take.
   */
  OPS_API_HEALTH_URL: z.string().url().default('http://127.0.0.1:8889/readyz'),
  OPS_API_SIDECAR_URL: z.string().url().default('http://127.0.0.1:3500'),
  OPS_ACTORS_HEALTH_URL: z.string().url().default('http://127.0.0.1:3001/healthz'),
  OPS_ACTORS_SIDECAR_URL: z.string().url().default('http://127.0.0.1:3501'),
  OPS_SYNC_HEALTH_URL: z.string().url().default('http://127.0.0.1:3002/readyz'),
  OPS_SYNC_SIDECAR_URL: z.string().url().default('http://127.0.0.1:3502'),
  OPS_PLACEMENT_HEALTH_URL: z.string().url().default('http://127.0.0.1:8080/healthz'),
  OPS_SCHEDULER_HEALTH_URL: z.string().url().default('http://127.0.0.1:8081/healthz'),
  OPS_PROBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  /**
   * The Ops page's charts: the Prometheus that scrapes DMH (its base URL; empty = no charts, the page says they
   * are not configured) and how long one of its range queries may take.
   */
  OPS_PROMETHEUS_URL: z.union([z.string().url(), z.literal('')]).default(''),
  OPS_PROMETHEUS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /**
   * The WeChat Official Account (公众号) the H5 app runs in: its appid is WECHATPAY_APPID (JSAPI pay needs the
   * openid of that same app). Where web authorization starts (open.weixin.qq.com/connect/oauth2/authorize in
   * production), where api.weixin.qq.com is (the code exchange, /sns/userinfo, /cgi-bin/token and the
   * jsapi_ticket), and the app secret. The defaults are the local sandbox's, refused in production.
   */
  WECHAT_OAUTH_AUTHORIZE_URL: z.string().url().default('http://127.0.0.1:8890/connect/oauth2/authorize'),
  WECHAT_API_BASE_URL: z.string().url().default('http://127.0.0.1:8890'),
  WECHAT_APP_SECRET: z.string().min(1).default(SANDBOX_APP_SECRET),
  /** The smallest withdrawal a distributor may request, in yuan. */
  WITHDRAWAL_MIN_AMOUNT: z.string().regex(/^\d{1,8}\.\d{2}$/).default('10.00'),
});

export type ApiConfig = z.infer<typeof schema>;

let cached: ApiConfig | undefined;

/** The API's configuration: parsed once from the environment, validated, typed. Nothing else reads process.env. */
export function config(): ApiConfig {
  cached ??= schema.parse(process.env);
  if (cached.NODE_ENV === 'production' && cached.JWT_SECRET.startsWith('dev-only')) {
    throw new Error('JWT_SECRET must be set in production');
  }
  assertActorCallSecret(cached.NODE_ENV, cached.ACTOR_CALL_SECRET);
  if (cached.NODE_ENV === 'production' && cached.PAYMENT_WATCH_TEST_PAUSE_FILE) {
    throw new Error('PAYMENT_WATCH_TEST_PAUSE_FILE is for tests only');
  }
  if (cached.NODE_ENV === 'production' && cached.WECHAT_APP_SECRET === SANDBOX_APP_SECRET) {
    throw new Error('WECHAT_APP_SECRET must be set in production');
  }
  if (cached.NODE_ENV === 'production' && cached.WECHATPAY_APP_APPID === SANDBOX_APP_APPID) {
    throw new Error("WECHATPAY_APP_APPID must be set in production (the mobile app's appid from WeChat's Open Platform)");
  }
  if (cached.NODE_ENV === 'production' && cached.SMS_PROVIDER === 'development') {
    throw new Error('SMS_PROVIDER=development logs codes: it is for development and tests only');
  }
  return cached;
}
