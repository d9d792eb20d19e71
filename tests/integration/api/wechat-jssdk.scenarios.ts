import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import Redis from 'ioredis';
import { SANDBOX_URL } from '../support/api-client';
import { freshIp, request } from '../support/auth-client';
import { currentStack } from '../support/suite';

const stats = async () => (await fetch(`${SANDBOX_URL}/sandbox/wechat/stats`)).json() as Promise<{ calls: { token: number; ticket: number }; ticket: string | null }>;
const sign = (url: string) => request('POST', '/api/v1/wechat/jssdk-signature', { body: { url }, ip: freshIp() });

/** Forgets the cached credentials (a Redis kept from an earlier run holds a ticket this sandbox never issued). */
async function forgetCachedCredentials(): Promise<void> {
  const { host, port } = currentStack().cfg.redis;
  const redis = new Redis({ host, port, maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys('dmh:wechat:*');
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}

describe('wechat: JS-SDK signature (OAuth sandbox’s ticket)', () => {
  test('signs an H5 page without its # part with the sandbox’s jsapi_ticket, fetched once and then cached', async () => {
    await forgetCachedCredentials();
    // The H5 app's origin, as the API knows it: the OAuth callback is on it.
    const h5 = new URL((await request('POST', '/api/v1/auth/wechat/authorize-url', { body: {}, ip: freshIp() })).body.data.redirectUri).origin;
    const page = `${h5}/c/12?ref=7`;
    const first = await sign(`${page}#share`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const { ticket, calls } = await stats();
    assert.ok(ticket);
    const d = first.body.data;
    assert.equal(d.url, page);
    const expected = createHash('sha1').update(`jsapi_ticket=${ticket}&noncestr=${d.nonceStr}&timestamp=${d.timestamp}&url=${page}`).digest('hex');
    assert.equal(d.signature, expected);
    assert.ok(Math.abs(d.timestamp - Date.now() / 1000) < 60);
    const second = await sign(`${h5}/c/13`);
    assert.equal(second.status, 200);
    assert.deepEqual((await stats()).calls, calls, 'the cached ticket is used, WeChat is not asked again');
  });

  test('a page of another site, or not a URL, is refused naming body.url', async () => {
    for (const url of ['https://evil.example/c/12', 'not a url']) {
      const answer = await sign(url);
      assert.equal(answer.status, 400, url);
      assert.equal(answer.body.data.errors[0].field, 'body.url');
    }
  });
});
