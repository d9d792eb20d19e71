import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderTraceUrl } from './orders-admin.service';

test("an order's trace link searches Zipkin's UI for its settlement span; none without a trace store", () => {
  const url = new URL(orderTraceUrl('http://127.0.0.1:9411/zipkin/', '42')!);
  assert.equal(`${url.origin}${url.pathname}`, 'http://127.0.0.1:9411/zipkin/');
  assert.equal(url.searchParams.get('serviceName'), 'dmh-api');
  assert.equal(url.searchParams.get('spanName'), 'settle paid order');
  assert.equal(url.searchParams.get('annotationQuery'), 'order.id=42');
  assert.equal(orderTraceUrl(undefined, '42'), null);
});
