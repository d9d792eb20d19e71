import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import express, { Router } from 'express';
import { ERROR_CODES, type ErrorName } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { errorMiddleware } from '../common/error.middleware';
import { openApiDocument } from '../common/openapi';
import type { SettlementService } from '../settlement/settlement.service';
import { addPaymentCallbacks, PAYMENT_CALLBACK_PATH, REFUND_CALLBACK_PATH } from './payment-callbacks.routes';

/** What the fake settlement does with the next notification: answer, or throw this. */
let next: () => Promise<unknown> = async () => 'paid';
let handled = 0;
const settlement = { handleNotification: async () => { handled += 1; return next(); } } as unknown as SettlementService;

let server: Server;
let base = '';
before(async () => {
  const app = express();
  const router = Router();
  addPaymentCallbacks(router, settlement);
  app.use('/api/v1/orders', router);
  app.use(errorMiddleware); // the API's envelope must never be what a callback answers
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/orders`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(path: string, body: Buffer | string = '{}', headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, unknown> };
}

for (const path of [PAYMENT_CALLBACK_PATH, REFUND_CALLBACK_PATH]) {
  describe(`POST ${path} answers in WeChat's form, whatever happens`, () => {
    test('accepted: 200 {code: SUCCESS}', async () => {
      next = async () => 'paid';
      assert.deepEqual(await post(path), { status: 200, retryAfter: null, body: { code: 'SUCCESS', message: '成功' } });
    });

    test('a body over 64 KB: 413 FAIL, and the notification is not even looked at', async () => {
      const before = handled;
      const answer = await post(path, Buffer.alloc(64 * 1024 + 1, 0x7b));
      assert.deepEqual([answer.status, Object.keys(answer.body).sort(), answer.body.code], [413, ['code', 'message'], 'FAIL']);
      assert.match(String(answer.body.message), /too large/);
      assert.equal(handled, before);
    });

    test('a body that cannot be read (corrupt gzip): 400 FAIL', async () => {
      const answer = await post(path, Buffer.from('not gzip at all'), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      assert.deepEqual(answer, { status: 400, retryAfter: null, body: { code: 'FAIL', message: 'malformed request body' } });
    });

    test('a refusal keeps its status and message', async () => {
      next = async () => { throw new AppError('PAYMENT_NOTIFICATION_INVALID', 'notification refused: bad_signature'); };
      assert.deepEqual(await post(path), { status: 401, retryAfter: null, body: { code: 'FAIL', message: 'notification refused: bad_signature' } });
      next = async () => { throw new AppError('PAYMENT_MERCHANT_MISMATCH', 'notification refused: it is for another merchant'); };
      assert.deepEqual(await post(path), { status: 400, retryAfter: null, body: { code: 'FAIL', message: 'notification refused: it is for another merchant' } });
    });

    test('too busy, or the database down: 503 FAIL with Retry-After', async () => {
      next = async () => { throw AppError.unavailable('payment processing (busy)', 1); };
      assert.deepEqual(await post(path), { status: 503, retryAfter: '1', body: { code: 'FAIL', message: 'payment processing (busy) is unavailable, retry shortly' } });
      next = async () => { throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' }); };
      const outage = await post(path);
      assert.deepEqual([outage.status, outage.retryAfter, outage.body.code], [503, '2', 'FAIL']);
    });

    test('a bug: 500 FAIL that says nothing of its cause', async () => {
      next = async () => { throw new TypeError("Cannot read properties of undefined (reading 'secret')"); };
      assert.deepEqual(await post(path), { status: 500, retryAfter: null, body: { code: 'FAIL', message: 'internal error' } });
    });
  });
}

describe('the OpenAPI registration of the callbacks', () => {
  const statuses = ['200', '400', '401', '404', '409', '413', '500', '503'];

  test('lists every status a callback answers, each with its schema in WeChat form, Retry-After on 503', () => {
    const paths = openApiDocument().paths ?? {};
    for (const path of [PAYMENT_CALLBACK_PATH, REFUND_CALLBACK_PATH]) {
      const operation = paths[`/api/v1/orders${path}`]?.post as any;
      assert.deepEqual(Object.keys(operation.responses).sort(), statuses);
      for (const status of statuses) {
        const schema = operation.responses[status].content['application/json'].schema;
        assert.deepEqual(schema.required.sort(), ['code', 'message']);
        assert.equal(schema.properties.code.const ?? schema.properties.code.enum?.[0], status === '200' ? 'SUCCESS' : 'FAIL');
      }
      assert.ok(operation.responses['503'].headers['Retry-After']);
      assert.deepEqual(operation.requestBody.content['application/json'].schema.required.sort(), ['create_time', 'event_type', 'id', 'resource', 'resource_type']);
    }
  });

  test('every refusal the settlement and refund code can throw has a documented status', () => {
    const thrown: ErrorName[] = ['PAYMENT_NOTIFICATION_INVALID', 'PAYMENT_MERCHANT_MISMATCH', 'PAYMENT_AMOUNT_MISMATCH', 'ORDER_NOT_FOUND', 'ORDER_NOT_REFUNDABLE', 'DEPENDENCY_UNAVAILABLE'];
    for (const name of thrown) assert.ok(statuses.includes(String(ERROR_CODES[name].http)), name);
  });
});
