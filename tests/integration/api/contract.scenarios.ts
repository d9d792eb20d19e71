import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call, login } from '../support/api-client';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, unknown>; links?: Record<string, unknown> }> }>>;
}

const openApi = async () => (await (await fetch(`${API_URL}/api/v1/openapi.json`)).json()) as Doc;

describe('the API contract', () => {
  test('an OpenAPI 3.1 document is served, with every /api/v1 route the API answers', async () => {
    const response = await fetch(`${API_URL}/api/v1/openapi.json`);
    assert.equal(response.status, 200);
    const doc = (await response.json()) as Doc;
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/v1/orders', '/api/v1/orders/payment/callback', '/api/v1/auth/login', '/api/v1/rewards/balance/{userId}']) {
      assert.ok(path in doc.paths, `${path} is documented`);
    }
  });

  test('Swagger UI is served at /api/docs', async () => {
    const response = await fetch(`${API_URL}/api/docs/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /swagger-ui/i);
  });

  test('an unknown route answers the error envelope with 404', async () => {
    const response = await fetch(`${API_URL}/api/v1/no-such-thing`);
    assert.equal(response.status, 404);
    const body = (await response.json()) as { code: number; data: { correlationId: string } };
    assert.equal(body.code, 40400);
    assert.ok(body.data.correlationId);
  });

  test('a method a path does not have answers 405 with the methods it has, as OPTIONS does', async () => {
    const doc = await openApi();
    for (const [path, concrete] of [['/api/v1/members/merge', '/api/v1/members/merge'], ['/api/v1/members/{id}', '/api/v1/members/1'], ['/api/v1/orders/payment/callback', '/api/v1/orders/payment/callback']]) {
      const documented = Object.keys(doc.paths[path]!).map((m) => m.toUpperCase());
      const options = await fetch(`${API_URL}${concrete}`, { method: 'OPTIONS' });
      assert.equal(options.status, 204, path);
      const allow = options.headers.get('allow')!.split(', ');
      assert.deepEqual(allow.filter((m) => m !== 'HEAD' && m !== 'OPTIONS').sort(), documented.sort(), `OPTIONS ${path} lists the documented methods`);
      const other = ['PATCH', 'DELETE', 'PUT', 'GET'].find((m) => !documented.includes(m))!;
      const refused = await fetch(`${API_URL}${concrete}`, { method: other });
      assert.equal(refused.status, 405, `${other} ${path}`);
      assert.equal(refused.headers.get('allow'), options.headers.get('allow'));
      assert.equal(((await refused.json()) as { code: number }).code, 40500);
    }
  });

  test('GET /members/merge is not taken for a member id: the static path wins', async () => {
    const token = await login('admin', 'Admin@12345');
    const answer = await call('GET', '/api/v1/members/merge', undefined, token);
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('allow'), 'POST, OPTIONS');
  });

  test('the member export file is documented as CSV and as XLSX', async () => {
    const doc = await openApi();
    const content = doc.paths['/api/v1/members/exports/{id}/file']!.get!.responses['200']!.content!;
    assert.deepEqual(Object.keys(content).sort(), ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
  });

  test('links lead from what creates or lists an object to the operations that take its id', async () => {
    const doc = await openApi();
    const links = doc.paths['/api/v1/campaigns']!.post!.responses['201']!.links!;
    assert.ok('postApiV1CampaignsIdPublish' in links && 'getApiV1CampaignsIdStats' in links, Object.keys(links).join(', '));
    assert.ok('deleteApiV1AuthSessionsId' in doc.paths['/api/v1/auth/sessions']!.get!.responses['200']!.links!);
  });
});
