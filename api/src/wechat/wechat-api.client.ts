/**
 * api.weixin.qq.com as the API calls it (or the local sandbox at WECHAT_API_BASE_URL): GET with a query,
 * JSON back, a non-zero `errcode` is WeChat refusing. Refusals the caller can explain are WechatRefusal
 * (with WeChat's errcode); an unreachable or garbled WeChat is 50250 WECHAT_UNAVAILABLE.
 */
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { config } from '../config';

export class WechatRefusal extends Error {
  constructor(readonly errcode: number, readonly errmsg: string, readonly path: string) {
    super(`WeChat ${path} refused: ${errcode} ${errmsg}`);
    this.name = 'WechatRefusal';
  }
}

export type WechatGet = (path: string, query: Record<string, string>) => Promise<Record<string, unknown>>;

const TIMEOUT_MS = 5000;

/** Query values that must never reach a log line. */
const SECRET_KEYS = new Set(['secret', 'access_token', 'code']);

export function wechatGet(baseUrl = config().WECHAT_API_BASE_URL, fetchImpl: typeof fetch = fetch): WechatGet {
  return async (path, query) => {
    const url = new URL(path, baseUrl);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    let body: unknown;
    try {
      const res = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      body = await res.json();
    } catch (err) {
      const shown = Object.keys(query).map((k) => `${k}=${SECRET_KEYS.has(k) ? '***' : query[k]}`).join('&');
      logger.warn({ err, path, query: shown }, 'WeChat API unreachable or garbled');
      throw new AppError('WECHAT_UNAVAILABLE');
    }
    if (typeof body !== 'object' || body === null) throw new AppError('WECHAT_UNAVAILABLE');
    const answer = body as Record<string, unknown>;
    if (typeof answer.errcode === 'number' && answer.errcode !== 0) throw new WechatRefusal(answer.errcode, String(answer.errmsg ?? ''), path);
    return answer;
  };
}
