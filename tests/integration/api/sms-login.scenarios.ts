import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import Redis from 'ioredis';
import { one } from '../support/db';
import { countRows, freshIp, logIn, request } from '../support/auth-client';
import { createOrder } from '../support/api-client';
import { createBrand, createCampaign } from '../support/factories';
import { currentStack } from '../support/suite';

const SMS = '/api/v1/auth/sms';
const randomPhone = () => `136${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;

let client: Redis | undefined;
function redis(): Redis {
  const { host, port } = currentStack().cfg.redis;
  client ??= new Redis({ host, port, lazyConnect: false, maxRetriesPerRequest: 1 });
  return client;
}

/** The code the development provider "sent": what the phone would show (never available in production). */
async function inbox(phone: string): Promise<string> {
  const code = await redis().get(`dmh:sms-dev-outbox:${phone}`);
  assert.ok(code, `no code was sent to ${phone}`);
  return code;
}

const send = (phone: string, ip = freshIp()) => request('POST', `${SMS}/code`, { body: { phone }, ip });
const login = (phone: string, code: string, ip = freshIp()) => request('POST', `${SMS}/login`, { body: { phone, code }, ip });
const wrong = (code: string) => (code === '000000' ? '111111' : '000000');
const refusal = (a: { status: number; body: any }) => ({ status: a.status, code: a.body.code, field: a.body.data?.errors?.[0]?.field });

describe('auth: phone + SMS code login', () => {
  // Inside the suite: it runs before the stack (and its Redis) is stopped.
  after(async () => {
    await client?.quit();
    client = undefined;
  });

  test('a first login creates a participant account; the code is stored hashed and works once (a replay is 40062)', async () => {
    const phone = randomPhone();
    const sent = await send(phone);
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.deepEqual(sent.body.data, { expiresIn: 300, resendAfter: 60 });
    const code = await inbox(phone);
    const stored = await redis().hgetall(`dmh:sms:code:${phone}`);
    assert.match(stored.hash, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(stored).includes(code), 'the code is not kept in clear');
    const answer = await login(phone, code);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(answer.body.data.user.roles, ['participant']);
    const user = await one<any>('SELECT id, username, phone_verified_at FROM users WHERE phone = ?', [phone]);
    assert.ok(user.phone_verified_at, 'the phone is proven');
    assert.equal(String(user.id), answer.body.data.user.userId);
    const me = await request('GET', '/api/v1/auth/userinfo', { token: answer.body.data.accessToken });
    assert.equal(me.status, 200);
    assert.equal(me.body.data.phone, phone);
    assert.deepEqual(refusal(await login(phone, code)), { status: 400, code: 40062, field: 'body.code' });
    // A second login of the phone is the same account.
    await redis().del(`dmh:sms:resend:${phone}`);
    await send(phone);
    const again = await login(phone, await inbox(phone));
    assert.equal(again.body.data.user.userId, String(user.id));
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM users WHERE phone = ?', [phone]), 1);
  });

  test('a wrong code says so and counts; the fifth wrong one locks the code, even against the right one', async () => {
    const phone = randomPhone();
    await send(phone);
    const code = await inbox(phone);
    const first = await login(phone, wrong(code));
    assert.deepEqual(refusal(first), { status: 400, code: 40060, field: 'body.code' });
    assert.match(first.body.data.errors[0].message, /4 attempts left/);
    for (let i = 0; i < 3; i++) assert.equal((await login(phone, wrong(code))).body.code, 40060);
    assert.deepEqual(refusal(await login(phone, wrong(code))), { status: 400, code: 40063, field: 'body.code' });
    assert.deepEqual(refusal(await login(phone, code)), { status: 400, code: 40063, field: 'body.code' });
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM users WHERE phone = ?', [phone]), 0, 'no account without a right code');
  });

  test('an expired code, and a phone that never got one, are 40061', async () => {
    const phone = randomPhone();
    assert.deepEqual(refusal(await login(phone, '123456')), { status: 400, code: 40061, field: 'body.code' });
    await send(phone);
    const code = await inbox(phone);
    // The code's life ends (as after SMS_CODE_TTL_SECONDS): the store keeps its expiry beside the hash.
    await redis().hset(`dmh:sms:code:${phone}`, 'expiresAt', String(Date.now() - 1));
    assert.deepEqual(refusal(await login(phone, code)), { status: 400, code: 40061, field: 'body.code' });
  });

  test('another code inside the resend interval is 42910 with Retry-After; bad input is 400 naming the field', async () => {
    const phone = randomPhone();
    assert.equal((await send(phone)).status, 200);
    const soon = await send(phone);
    assert.deepEqual(refusal(soon), { status: 429, code: 42910, field: 'body.phone' });
    const wait = Number(soon.headers.get('retry-after'));
    assert.ok(wait > 0 && wait <= 60, `Retry-After ${wait}`);
    assert.deepEqual(refusal(await send('12345')), { status: 400, code: 40000, field: 'body.phone' });
    assert.deepEqual(refusal(await login(phone, '12ab56')), { status: 400, code: 40000, field: 'body.code' });
  });

  test('two right answers at once: one logs in, the other is told the code is used', async () => {
    const phone = randomPhone();
    await send(phone);
    const code = await inbox(phone);
    const answers = await Promise.all([login(phone, code), login(phone, code)]);
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 400]);
    assert.equal(answers.find((a) => a.status === 400)!.body.code, 40062);
  });

  test("GET /me/orders: a phone typed at registration opens nobody's orders; proven by an SMS code, it does", async () => {
    const phone = randomPhone();
    const campaignId = await createCampaign(await createBrand(), { price: '19.90' });
    const anonymous = await createOrder(campaignId, phone);
    const username = `r_${randomBytes(5).toString('hex')}`;
    assert.equal((await request('POST', '/api/v1/auth/register', { body: { username, password: 'Coffee#2026x', phone }, ip: freshIp() })).status, 201);
    const claimed = await logIn(username, 'Coffee#2026x', freshIp());
    const before = await request('GET', '/api/v1/me/orders', { token: claimed.accessToken });
    assert.equal(before.status, 200, JSON.stringify(before.body));
    assert.deepEqual(before.body.data.items, [], 'an unproven phone shows no orders');
    await send(phone);
    const proven = await login(phone, await inbox(phone));
    assert.equal(proven.body.data.user.userId, claimed.user.userId, 'the account with that phone');
    const after = await request('GET', '/api/v1/me/orders', { token: proven.body.data.accessToken });
    assert.deepEqual(after.body.data.items.map((o: any) => [o.orderNo, o.campaignId, o.amount, o.status]), [[anonymous.orderNo, campaignId, '19.90', 'pending']]);
    assert.equal(after.body.data.total, 1);
    assert.equal((await request('GET', '/api/v1/me/orders')).status, 401);
  });
});
