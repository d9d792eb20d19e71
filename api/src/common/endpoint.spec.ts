import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import express from 'express';
import { ApiRouter } from './endpoint';
import { errorMiddleware } from './error.middleware';
import { idParam } from './http';
import { MAX_REQUEST_DEPTH } from './request-shape';
import { z } from './zod';
import { serveForSpec } from './spec-server';

/** A public endpoint shaped like the sign-up (a free-form object inside the body), served over HTTP. */
describe('ApiRouter: request validation', () => {
  const seen: unknown[] = [];
  const api = new ApiRouter('/t', 'test').add({
    method: 'post',
    path: '/:id',
    summary: 'test',
    access: { public: true },
    params: z.object({ id: idParam }).strict(),
    query: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
    body: z.object({ name: z.string().min(2).max(5).regex(/^[a-z]+$/), formData: z.record(z.string(), z.unknown()), kind: z.union([z.literal('a'), z.number()]).optional() }).strict(),
    handle: async ({ body }) => void seen.push(body),
  });
  const served = serveForSpec(express().use('/api/v1/t', api.router).use(errorMiddleware));

  const post = async (path: string, body: string) => {
    const res = await fetch(`${served.base}/api/v1/t${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { code: number; data: { errors?: { field: string; code: string }[] } };
    return { status: res.status, code: json.code, errors: (json.data.errors ?? []).map((e) => `${e.field}:${e.code}`) };
  };
  const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

  test('a body nested thousands deep (10 000 arrays, 5 000 objects: inside 32 kB) is a 400 naming where, not a 500', async () => {
    const array = await post('/1', `{"name":"ab","formData":{"x":${deepArray(10_000)}}}`);
    assert.deepEqual(array, { status: 400, code: 40000, errors: [`body.formData.x${'.0'.repeat(MAX_REQUEST_DEPTH - 2)}:too_deep`] });
    const object = await post('/1', deepObject(5_000));
    assert.deepEqual(object, { status: 400, code: 40000, errors: [`body${'.a'.repeat(MAX_REQUEST_DEPTH)}:too_deep`] });
    const bare = await post('/1', deepArray(15_000));
    assert.deepEqual([bare.status, bare.code, bare.errors[0]?.endsWith(':too_deep')], [400, 40000, true]);
    assert.equal(seen.length, 0, 'the handler never ran');
  });

  test('a deep query string stays flat (Express 5 simple parser) and is refused as an unknown field', async () => {
    const res = await post(`/1?${'a'}${'[b]'.repeat(5000)}=1`, '{"name":"ab","formData":{}}');
    assert.equal(res.status, 400);
    assert.deepEqual(res.errors, [`query.a${'[b]'.repeat(5000)}:unrecognized_keys`]);
  });

  test('every field is named from its request part: params, query, body', async () => {
    const res = await post('/0?from=yesterday', '{"name":"a","formData":{},"balance":1}');
    assert.deepEqual(res.errors.sort(), ['body.balance:unrecognized_keys', 'body.name:too_small', 'params.id:invalid_format', 'query.from:invalid_format']);
  });

  test('one fault is reported once: invalid text is not also a schema problem, two failed checks are one field', async () => {
    const text = await post('/1', '{"name":"a\\u0000","formData":{}}');
    assert.deepEqual(text.errors, ['body.name:invalid_text']);
    const key = await post('/1', '{"name":"abc","formData":{},"k\\ud800":1}');
    assert.deepEqual(key.errors, ['body.k\ud800:invalid_text']);
    const both = await post('/1', '{"name":"abcdefgh","formData":{"x":"\\udc00"}}');
    assert.deepEqual(both.errors, ['body.formData.x:invalid_text', 'body.name:too_big']);
    const twoChecks = await post('/1', '{"name":"1","formData":{},"kind":true}');
    assert.deepEqual(twoChecks.errors, ['body.name:too_small', 'body.kind:invalid_union'], 'too short and not letters: one problem; a union failing in every branch: one');
  });

  test('a body within the bound goes through', async () => {
    const res = await fetch(`${served.base}/api/v1/t/1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"ab","formData":{"addr":{"province":"上海"}}}' });
    assert.equal(res.status, 200);
    assert.deepEqual(seen.pop(), { name: 'ab', formData: { addr: { province: '上海' } } });
  });
});
