/** The sandbox process's configuration: parsed once from the environment, validated, typed. */
import { z } from 'zod';
import { DEFAULT_SANDBOX_KEYS_DIR, SANDBOX_APP_APPID, SANDBOX_APP_SECRET, SANDBOX_APPID, SANDBOX_MCHID } from '@dmh/shared/dist/wechatpay';
import { DEFAULT_REFUND_NOTIFY_AFTER_MS } from './payments/controls';

/**
 * The merchant the sandbox accepts. Same variable names and defaults as the API's config, so one
 * environment configures both processes; a request for any other mchid/appid is refused, as WeChat does.
 */

const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(8890),
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  WECHATPAY_SANDBOX_KEYS_DIR: z.string().min(1).default(DEFAULT_SANDBOX_KEYS_DIR),
  WECHATPAY_MCHID: z.string().min(1).default(SANDBOX_MCHID),
  WECHATPAY_APPID: z.string().min(1).default(SANDBOX_APPID),
  /** The mobile app (WeChat Open Platform) whose APP prepays the merchant may make (the API's WECHATPAY_APP_APPID). */
  WECHATPAY_APP_APPID: z.string().min(1).default(SANDBOX_APP_APPID),
  /** The Official Account's app secret the code exchange and /cgi-bin/token must present (the API's WECHAT_APP_SECRET). */
  WECHAT_APP_SECRET: z.string().min(1).default(SANDBOX_APP_SECRET),
  /**
   * How the sandbox signs: `public_key` (Wechatpay-Serial PUB_KEY_ID_…, no certificate served) or, with
   * `certificate` or `both`, with its platform certificate (made once in the keys dir) served by /v3/certificates.
   */
  WECHATPAY_VERIFY_MODE: z.enum(['public_key', 'certificate', 'both']).default('public_key'),
  /** A refund answers PROCESSING and ends (and is notified) this long after: WeChat takes seconds to days. */
  SANDBOX_REFUND_NOTIFY_AFTER_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULT_REFUND_NOTIFY_AFTER_MS),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});

export type SandboxConfig = z.infer<typeof schema>;

let cached: SandboxConfig | undefined;

export function sandboxConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  cached ??= schema.parse(env);
  return cached;
}
