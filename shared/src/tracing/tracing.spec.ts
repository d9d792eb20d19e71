import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { formatTraceparent, parseTraceparent } from './trace-context';
import { Tracer } from './tracer';
import { traceRequests } from './http-server';
import { zipkinProcessor } from './zipkin';

/** What the Zipkin exporter sends (https://zipkin.io/zipkin-api/#/default/post_spans), as far as read here. */
interface ZipkinSpan {
  traceId: string;
  id: string;
  parentId?: string;
  name: string;
  kind?: string;
  localEndpoint: { serviceName: string };
  tags: Record<string, string>;
}

/** Finished spans kept in memory, as OpenTelemetry's SDK hands them to an exporter. */
const sink = () => {
  const exporter = new InMemorySpanExporter();
  const processor = new SimpleSpanProcessor(exporter);
  return { processor, get spans(): ReadableSpan[] { return exporter.getFinishedSpans(); } };
};
const ids = (s: ReadableSpan) => ({ traceId: s.spanContext().traceId, id: s.spanContext().spanId, parentId: s.parentSpanContext?.spanId });
const later = () => new Promise((resolve) => setImmediate(resolve));

describe('W3C traceparent', () => {
  test('reads a valid header and writes it back unchanged', () => {
    const header = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    assert.deepEqual(parseTraceparent(header), { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', sampled: true });
    assert.equal(formatTraceparent(parseTraceparent(header)!), header);
    assert.equal(parseTraceparent(header.replace(/-01$/, '-00'))?.sampled, false);
  });

  test('refuses what the specification refuses: a new trace starts instead', () => {
    for (const bad of [undefined, '', 'garbage', '00-00000000000000000000000000000000-00f067aa0ba902b7-01', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra', '00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01']) {
      assert.equal(parseTraceparent(bad), null, String(bad));
    }
  });
});

describe('Tracer', () => {
  test('the current span follows the work through awaits; children name it as parent; the header names the current span', async () => {
    const s = sink();
    const tracer = new Tracer('dmh-test', s.processor);
    let header: string | undefined;
    await tracer.inSpan('outer', {}, async (outer) => {
      await later();
      await tracer.inSpan('inner', {}, async () => {
        await later();
        header = tracer.traceparent();
      });
      assert.equal(tracer.current(), outer);
    });
    assert.equal(tracer.current(), undefined);
    const [inner, outer] = s.spans.map((span) => ({ ...ids(span), name: span.name, service: span.resource.attributes['service.name'] }));
    assert.deepEqual([inner.name, outer.name], ['inner', 'outer']);
    assert.equal(inner.traceId, outer.traceId);
    assert.equal(inner.parentId, outer.id);
    assert.equal(outer.parentId, undefined);
    assert.equal(header, `00-${inner.traceId}-${inner.id}-01`);
    assert.equal(inner.service, 'dmh-test');
  });

  test('a remote parent continues its trace; a failing span carries the error and still ends', async () => {
    const s = sink();
    const tracer = new Tracer('dmh-test', s.processor);
    const parent = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    await assert.rejects(tracer.inSpan('turn', { parent, kind: 'SERVER' }, async () => { throw new Error('refused'); }), /refused/);
    assert.equal(ids(s.spans[0]).traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
    assert.equal(ids(s.spans[0]).parentId, '00f067aa0ba902b7');
    assert.deepEqual(s.spans[0].status, { code: 2, message: 'refused' }); // ERROR: Zipkin's `error` tag
  });

  test('an unsampled parent is propagated but not recorded', async () => {
    const s = sink();
    const tracer = new Tracer('dmh-test', s.processor);
    let header: string | undefined;
    await tracer.inSpan('x', { parent: parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00') }, async () => void (header = tracer.traceparent()));
    assert.equal(s.spans.length, 0);
    assert.match(header ?? '', /^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00$/);
  });

  test('off (no sink): no span, no header, the work still runs', async () => {
    const tracer = new Tracer('dmh-test', null);
    assert.equal(await tracer.inSpan('x', {}, async (span) => { assert.equal(span, undefined); return tracer.traceparent(); }), undefined);
    assert.equal(tracer.capture()(() => 7), 7);
  });

  test('capture runs later work inside the span that was current when it was captured', async () => {
    const tracer = new Tracer('dmh-test', sink().processor);
    let run: (<T>(fn: () => T) => T) | undefined;
    let captured: unknown;
    await tracer.inSpan('caller', {}, async (span) => {
      run = tracer.capture();
      captured = span;
    });
    assert.equal(run!(() => tracer.current()), captured);
  });
});

describe('traceRequests and the Zipkin exporter, over HTTP', () => {
  test('a request continues the caller\'s traceparent as a SERVER span, and the exporter delivers it to a Zipkin-shaped server', async () => {
    const received: ZipkinSpan[][] = [];
    const zipkin = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => zipkin.listen(0, '127.0.0.1', resolve));
    const processor = zipkinProcessor(`http://127.0.0.1:${(zipkin.address() as AddressInfo).port}/api/v2/spans`, (err) => assert.fail(err));
    const tracer = new Tracer('dmh-app', processor);
    const middleware = traceRequests(tracer, (req) => (req.url === '/healthz' ? null : `${req.method} ${req.url}`));
    const app = http.createServer((req, res) => middleware(req, res, () => res.end(tracer.traceparent() ?? 'none')));
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const port = (app.address() as AddressInfo).port;
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve, reject) => http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(body));
      }).on('error', reject));
    try {
      const inner = await get('/work?x=1', { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
      assert.equal(await get('/healthz'), 'none');
      await later();
      await processor.shutdown();
      const spans = received.flat();
      assert.equal(spans.length, 1);
      assert.equal(spans[0].name, 'GET /work?x=1');
      assert.equal(spans[0].kind, 'SERVER');
      assert.equal(spans[0].traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
      assert.equal(spans[0].parentId, '00f067aa0ba902b7');
      assert.equal(spans[0].tags['http.path'], '/work');
      assert.equal(spans[0].tags['http.status_code'], '200');
      assert.equal(inner, `00-4bf92f3577b34da6a3ce929d0e0e4736-${spans[0].id}-01`);
    } finally {
      app.close();
      zipkin.close();
    }
  });
});
