import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import { EXPIRY_MARGIN_SECONDS, WechatCredentials } from './wechat-credentials';
import { WechatRefusal, type WechatGet } from './wechat-api.client';

/** Redis as the credentials use it: values with their TTLs. */
function fakeCache() {
  const store = new Map<string, { value: string; ttl: number }>();
  const cache = {
    get: async (k: string) => store.get(k)?.value ?? null,
    set: async (k: string, value: string, _ex: string, ttl: number) => (store.set(k, { value, ttl }), 'OK'),
    del: async (k: string) => (store.delete(k) ? 1 : 0),
  };
  return { store, cache: () => cache as any };
}

function fakeWechat(opts: { refuseTicketOnce?: number } = {}) {
  const calls: string[] = [];
  let tokens = 0;
  let refuse = opts.refuseTicketOnce;
  const get: WechatGet = async (path, q) => {
    calls.push(path);
    if (path === '/cgi-bin/token') return { access_token: `AT${++tokens}`, expires_in: 7200 };
    if (refuse !== undefined) {
      const errcode = refuse;
      refuse = undefined;
      throw new WechatRefusal(errcode, 'x', path);
    }
    return { errcode: 0, errmsg: 'ok', ticket: `TICKET-for-${q.access_token}`, expires_in: 7200 };
  };
  return { get, calls };
}

describe('WeChat JS-SDK credentials', () => {
  test('token and ticket are fetched once and cached until 5 minutes before WeChat’s expiry', async () => {
    const w = fakeWechat();
    const c = fakeCache();
    const creds = new WechatCredentials(w.get, c.cache, 'wxapp', 'secret');
    const [a, b] = await Promise.all([creds.jsapiTicket(), creds.jsapiTicket()]);
    assert.equal(a, 'TICKET-for-AT1');
    assert.equal(b, a, 'a concurrent caller shares the one fetch');
    assert.equal(await creds.jsapiTicket(), a);
    assert.deepEqual(w.calls, ['/cgi-bin/token', '/cgi-bin/ticket/getticket']);
    assert.equal(c.store.get('dmh:wechat:jsapi-ticket:wxapp')?.ttl, 7200 - EXPIRY_MARGIN_SECONDS);
    assert.equal(c.store.get('dmh:wechat:access-token:wxapp')?.ttl, 7200 - EXPIRY_MARGIN_SECONDS);
  });

  test('a ticket refused for its access token drops the token and tries once with a new one', async () => {
    const w = fakeWechat({ refuseTicketOnce: 40001 });
    const creds = new WechatCredentials(w.get, fakeCache().cache, 'wxapp', 'secret');
    assert.equal(await creds.jsapiTicket(), 'TICKET-for-AT2');
  });

  test('another refusal is 50250 and nothing is cached', async () => {
    const w = fakeWechat({ refuseTicketOnce: 45009 });
    const c = fakeCache();
    const creds = new WechatCredentials(w.get, c.cache, 'wxapp', 'secret');
    await assert.rejects(creds.jsapiTicket(), (e) => e instanceof AppError && e.code === 50250);
    assert.equal(c.store.has('dmh:wechat:jsapi-ticket:wxapp'), false);
  });
});
