// The ONE environment builder: every child (apps, sidecars, placement, scheduler, migrations, seed)
// gets the same settings from here, plus the few per-process values (PORT, DAPR_HTTP_PORT, …).
import * as path from 'node:path';
import { apiEntryPort, type StackConfig } from './config';

/** Secrets the Dapr components read through the `envsecrets` secret store (prefix stripped). */
export const DAPR_SECRET_PREFIX = 'DMH_SECRET_';

export function redisUrl(cfg: StackConfig): string {
  return `redis://${cfg.redis.host}:${cfg.redis.port}`;
}

export function rabbitMqUrl(cfg: StackConfig): string {
  const { user, password, host, port } = cfg.rabbitmq;
  return `amqp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}`;
}

/** go-sql-driver DSN for state.mysql; no database in it (the component creates its own schema). */
export function daprMySqlDsn(cfg: StackConfig): string {
  const { user, password, host, port } = cfg.db;
  return `${user}:${password}@tcp(${host}:${port})/?allowNativePasswords=true`;
}

export function sandboxKeysDir(cfg: StackConfig): string {
  return path.join(cfg.stateDir, 'wechatpay-sandbox');
}

/** Settings shared by every process of the stack. */
export function sharedEnv(cfg: StackConfig): Record<string, string> {
  const { ports, db } = cfg;
  return {
    NODE_ENV: cfg.baseEnv.NODE_ENV || 'development',
    DMH_STATE_DIR: cfg.stateDir,
    DAPR_HOST_IP: '127.0.0.1',
    DB_HOST: db.host,
    DB_PORT: String(db.port),
    DB_USER: db.user,
    DB_PASSWORD: db.password,
    DB_NAME: db.name,
    EXTERNAL_DB_NAME: db.externalName,
    EXTERNAL_DB_HOST: cfg.externalDb.host,
    EXTERNAL_DB_PORT: String(cfg.externalDb.port),
    EXTERNAL_DB_USER: cfg.externalDb.user,
    EXTERNAL_DB_PASSWORD: cfg.externalDb.password,
    REDIS_URL: redisUrl(cfg),
    RABBITMQ_URL: rabbitMqUrl(cfg),
    // With replicas, nginx: the sandbox's payment notifications (notify_url) are spread over them too.
    PUBLIC_BASE_URL: `http://127.0.0.1:${apiEntryPort(cfg)}`,
    // The consumer app on this stack: the page designer's preview links (QR codes) point there.
    H5_PUBLIC_URL: `http://127.0.0.1:${ports.h5}`,
    WECHATPAY_BASE_URL: `http://127.0.0.1:${ports.sandbox}`,
    WECHATPAY_SANDBOX_KEYS_DIR: sandboxKeysDir(cfg),
    // WeChat web authorization and the JS-SDK's credentials: the same sandbox process plays open.weixin.qq.com and api.weixin.qq.com.
    WECHAT_OAUTH_AUTHORIZE_URL: `http://127.0.0.1:${ports.sandbox}/connect/oauth2/authorize`,
    WECHAT_API_BASE_URL: `http://127.0.0.1:${ports.sandbox}`,
    // The API and the sandbox must agree: certificate mode makes the sandbox sign with its platform certificate.
    WECHATPAY_VERIFY_MODE: cfg.wechatpayVerifyMode,
    // The API's ops report: where each app, its sidecar and the control plane answer on this stack.
    OPS_API_HEALTH_URL: `http://127.0.0.1:${ports.api}/readyz`,
    OPS_API_SIDECAR_URL: `http://127.0.0.1:${ports.apiDaprHttp}`,
    OPS_ACTORS_HEALTH_URL: `http://127.0.0.1:${ports.actors}/healthz`,
    OPS_ACTORS_SIDECAR_URL: `http://127.0.0.1:${ports.actorsDaprHttp}`,
    OPS_SYNC_HEALTH_URL: `http://127.0.0.1:${ports.sync}/readyz`,
    OPS_SYNC_SIDECAR_URL: `http://127.0.0.1:${ports.syncDaprHttp}`,
    OPS_PLACEMENT_HEALTH_URL: `http://127.0.0.1:${ports.placementHealthz}/healthz`,
    OPS_SCHEDULER_HEALTH_URL: `http://127.0.0.1:${ports.schedulerHealthz}/healthz`,
    // The Ops page's charts: the stack's own Prometheus.
    OPS_PROMETHEUS_URL: `http://127.0.0.1:${ports.prometheus}`,
    // Read by the component files through envRef (not secrets: plain addresses).
    DMH_REDIS_HOST: `${cfg.redis.host}:${cfg.redis.port}`,
    // Read by the component files through the `envsecrets` secret store (secretKeyRef).
    [`${DAPR_SECRET_PREFIX}STATE_MYSQL_CONNECTION`]: daprMySqlDsn(cfg),
    [`${DAPR_SECRET_PREFIX}REDIS_PASSWORD`]: cfg.baseEnv.REDIS_PASSWORD ?? '',
    [`${DAPR_SECRET_PREFIX}RABBITMQ_URL`]: rabbitMqUrl(cfg),
  };
}

/** The full environment of one child: inherited env, shared settings, then the child's own. */
export function processEnv(cfg: StackConfig, own: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...cfg.baseEnv, ...sharedEnv(cfg), ...own };
}
