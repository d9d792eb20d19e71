// Part of `npm test` (phase "console: API client and server"): the committed typed client must be what the
// API's current OpenAPI document generates, so the console cannot drift from the API unnoticed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { committedClient, renderClient } from './generate-api-client.mjs';

test("api-client/src/schema.d.ts is generated from the API's current document (else: npm --prefix admin-angular run api:generate)", async () => {
  const fresh = await renderClient();
  assert.ok(fresh.includes('"/api/v1/campaigns"'), 'the generated client lists the campaign endpoints');
  // Not assert.equal on 500 kB of text: say which line differs first.
  const committed = committedClient().split('\n');
  const lines = fresh.split('\n');
  const first = lines.findIndex((line, i) => line !== committed[i]);
  const where = first === -1 ? (lines.length === committed.length ? -1 : Math.min(lines.length, committed.length)) : first;
  assert.equal(where, -1, `stale at line ${where + 1}: committed ${JSON.stringify(committed[where])}, generated ${JSON.stringify(lines[where])}`);
});
