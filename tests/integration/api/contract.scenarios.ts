import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL } from '../support/api-client';

describe('the API contract', () => {
  test('an OpenAPI 3.1 document is served, with every /api/v1 route the API answers', async () => {
    const response = await fetch(`${API_URL}/api/v1/openapi.json`);
    assert.equal(response.status, 200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
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
});
