/**
 * The Official Account's access_token and jsapi_ticket: fetched from WeChat (/cgi-bin/token,
 * /cgi-bin/ticket/getticket?type=jsapi), cached in Redis for every API replica until 5 minutes before
 * WeChat says they expire (both calls have small daily quotas), one fetch at a time per process. A ticket
 * refused for its access token (40001, 42001: expired or replaced) drops the token and tries once more.
 */
import type Redis from 'ioredis';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';
import { config } from '../config';
import { wechatGet, WechatRefusal, type WechatGet } from './wechat-api.client';

export const EXPIRY_MARGIN_SECONDS = 300;
const TOKEN_REFUSED = new Set([40001, 40014, 42001]);

type Cache = Pick<Redis, 'get' | 'set' | 'del'>;

export class WechatCredentials {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly get: WechatGet = wechatGet(),
    private readonly cache: () => Cache = redisClient,
    private readonly appid = config().WECHATPAY_APPID,
    private readonly secret = config().WECHAT_APP_SECRET,
  ) {}

  async jsapiTicket(): Promise<string> {
    try {
      return await this.cached('jsapi-ticket', () => this.fetchTicket());
    } catch (err) {
      if (!(err instanceof WechatRefusal && TOKEN_REFUSED.has(err.errcode))) throw this.unavailable(err);
      await this.cache().del(this.key('access-token'));
      return this.cached('jsapi-ticket', () => this.fetchTicket()).catch((again: unknown) => {
        throw this.unavailable(again);
      });
    }
  }

  private async fetchTicket(): Promise<{ value: string; expiresIn: number }> {
    const accessToken = await this.cached('access-token', async () => {
      const a = await this.get('/cgi-bin/token', { grant_type: 'client_credential', appid: this.appid, secret: this.secret });
      return { value: String(a.access_token ?? ''), expiresIn: Number(a.expires_in) };
    });
    const t = await this.get('/cgi-bin/ticket/getticket', { access_token: accessToken, type: 'jsapi' });
    return { value: String(t.ticket ?? ''), expiresIn: Number(t.expires_in) };
  }

  private key(name: string): string {
    return `dmh:wechat:${name}:${this.appid}`;
  }

  private async cached(name: string, fetch: () => Promise<{ value: string; expiresIn: number }>): Promise<string> {
    const key = this.key(name);
    const hit = await this.cache().get(key);
    if (hit) return hit;
    const running = this.inFlight.get(key);
    if (running) return running;
    const work = (async () => {
      const { value, expiresIn } = await fetch();
      if (!value || !Number.isFinite(expiresIn) || expiresIn <= 0) throw new AppError('WECHAT_UNAVAILABLE');
      const ttl = Math.max(1, Math.floor(expiresIn) - EXPIRY_MARGIN_SECONDS);
      await this.cache().set(key, value, 'EX', ttl);
      return value;
    })().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  private unavailable(err: unknown): unknown {
    if (!(err instanceof WechatRefusal)) return err;
    logger.error({ errcode: err.errcode, errmsg: err.errmsg, path: err.path }, 'WeChat refused the JS-SDK credentials (appid, secret or IP allow-list?)');
    return new AppError('WECHAT_UNAVAILABLE');
  }
}
