import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call } from '../support/api-client';
import { one } from '../support/db';
import { createBrand, createCampaign, nextPhone } from '../support/factories';
import { platformAdmin } from './money.helpers';

/** The API's bound on nesting (api/src/common/request-shape.ts): a container 32 names below the part is refused. */
const MAX_DEPTH = 32;

/** Raw JSON text, since a body this deep is past what the client's own JSON.stringify can write. */
async function send(method: string, path: string, text: string, token?: string) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: text,
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as any;
  return { status: response.status, code: body.code, fields: (body.data?.errors ?? []).map((e: any) => `${e.field}:${e.code}`) };
}
const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** The field the API names for a value nested past the bound under `prefix` (whose own depth is `at`). */
const tooDeep = (prefix: string, at: number, step: string) => `${prefix}${step.repeat(MAX_DEPTH - at)}:too_deep`;
const orderCount = async () => Number((await one<any>('SELECT COUNT(*) AS n FROM orders')).n);

describe('request validation: bodies nested thousands deep are a 400 naming where, on every endpoint', () => {
  test('POST /orders (public, 32 kB limit): arrays 10 000 and objects 5 000 deep, nothing written', async () => {
    const campaignId = await createCampaign(await createBrand());
    const before = await orderCount();
    const inForm = await send('POST', '/api/v1/orders', `{"campaignId":"${campaignId}","formData":{"name":${arrays(10_000)}}}`);
    assert.deepEqual(inForm, { status: 400, code: 40000, fields: [tooDeep('body.formData.name', 2, '.0')] });
    const whole = await send('POST', '/api/v1/orders', objects(5_000));
    assert.deepEqual(whole, { status: 400, code: 40000, fields: [tooDeep('body', 0, '.a')] });
    const bare = await send('POST', '/api/v1/orders', arrays(15_000));
    assert.deepEqual(bare, { status: 400, code: 40000, fields: [tooDeep('body', 0, '.0')] });
    assert.equal(await orderCount(), before);
    const phone = nextPhone();
    const fine = await call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: '张三', phone } });
    assert.equal(fine.status, 201, 'the API is still up and takes an ordinary sign-up');
  });

  test('POST /auth/login and /auth/register (public, 4 kB limit): 1 500 deep', async () => {
    for (const path of ['/api/v1/auth/login', '/api/v1/auth/register']) {
      const answer = await send('POST', path, `{"username":${arrays(1_500)},"password":"x"}`);
      assert.deepEqual(answer, { status: 400, code: 40000, fields: [tooDeep('body.username', 1, '.0')] }, path);
    }
  });

  test('admin bodies: a page config 100 000 deep (256 kB limit), a sync mapping 5 000 deep, a campaign 20 000 deep', async () => {
    const admin = await platformAdmin();
    const brandId = await createBrand();
    const campaignId = await createCampaign(brandId);
    const page = await send('PUT', `/api/v1/campaigns/${campaignId}/page-config`, `{"blocks":[{"id":"b1","type":"richText","html":${arrays(100_000)}}]}`, admin.token);
    assert.deepEqual(page, { status: 400, code: 40000, fields: [tooDeep('body.blocks.0.html', 3, '.0')] });
    const sync = await send('PUT', `/api/v1/sync/targets/${brandId}`, `{"kind":"mysql","mapping":{"orders":${objects(5_000)}}}`, admin.token);
    assert.deepEqual(sync, { status: 400, code: 40000, fields: [tooDeep('body.mapping.orders', 2, '.a')] });
    const campaign = await send('POST', '/api/v1/campaigns', `{"brandId":"${brandId}","formFields":[${arrays(20_000)}]}`, admin.token);
    assert.deepEqual(campaign, { status: 400, code: 40000, fields: [tooDeep('body.formFields.0', 2, '.0')] });
  });

  test('a query string nested 5 000 deep stays flat (simple parser) and is refused as an unknown field', async () => {
    const admin = await platformAdmin();
    const key = `a${'[b]'.repeat(5_000)}`;
    const answer = await call('GET', `/api/v1/orders?${key}=1`, undefined, admin.token);
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.data.errors.map((e: any) => e.field), [`query.${key}`]);
  });

  test('the payment callback with a deep unsigned body is refused, not a 500', async () => {
    const response = await fetch(`${API_URL}/api/v1/orders/payment/callback`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: arrays(30_000), signal: AbortSignal.timeout(30_000),
    });
    assert.ok(response.status >= 400 && response.status < 500, `answered ${response.status}`);
  });
});

describe('request validation: field names are the full path from the request part, each fault once', () => {
  test('POST /orders: form-data problems are body.formData.<key>; a wrong phone in the form is one problem', async () => {
    const campaignId = await createCampaign(await createBrand());
    const bad = await call('POST', '/api/v1/orders', { campaignId, formData: { name: 12, phone: '123', extra: 'x' } });
    assert.deepEqual([bad.status, bad.body.code], [400, 40000]);
    assert.deepEqual(bad.body.data.errors.map((e: any) => `${e.field}:${e.code}`).sort(), [
      'body.formData.extra:unknown_field', 'body.formData.name:invalid_type', 'body.formData.phone:invalid_phone',
    ]);
    const noPhone = await call('POST', '/api/v1/orders', { campaignId, formData: { name: '张三' } });
    assert.deepEqual(noPhone.body.data.errors.map((e: any) => `${e.field}:${e.code}`), ['body.formData.phone:required']);
    const text = await send('POST', '/api/v1/orders', `{"campaignId":"${campaignId}","formData":{"name":"\\ud800","phone":"${nextPhone()}"},"extra\\u0000":1}`);
    assert.deepEqual(text.fields.sort(), ['body.extra\u0000:invalid_text', 'body.formData.name:invalid_text'], 'invalid text is not also a schema problem');
  });

  test('query and params are named query.<key> and params.<key>', async () => {
    const admin = await platformAdmin();
    const answer = await call('GET', '/api/v1/orders?from=yesterday&pageSize=0', undefined, admin.token);
    assert.deepEqual(answer.body.data.errors.map((e: any) => e.field).sort(), ['query.from', 'query.pageSize']);
    const param = await call('GET', '/api/v1/orders/abc', undefined, admin.token);
    assert.deepEqual(param.body.data.errors.map((e: any) => e.field), ['params.id']);
  });
});
