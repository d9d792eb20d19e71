import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseTraceparent } from './trace-context';
import type { Span, Tracer } from './tracer';

const spans = new WeakMap<IncomingMessage, Span>();

/**
 * Connect/Express middleware: each request that `nameOf` names (null: not traced, e.g. probes and /metrics) is
 * a SERVER span that continues the caller's `traceparent` (daprd's, for what comes through a sidecar) or starts
 * a trace, made current for the handlers, and ended when the response is closed. A body parser calls the next
 * handler from its stream's events, outside the span: `requestSpan(req)` gives it back to re-enter with
 * `tracer.within`.
 */
export function traceRequests(tracer: Tracer, nameOf: (req: IncomingMessage) => string | null) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const name = tracer.enabled ? nameOf(req) : null;
    const span = name === null ? undefined : tracer.startSpan(name, {
      kind: 'SERVER',
      parent: parseTraceparent(req.headers.traceparent),
      tags: { 'http.method': req.method ?? '', 'http.path': (req.url ?? '').split('?')[0] },
    });
    if (!span) return next();
    spans.set(req, span);
    res.once('close', () => {
      span.tag('http.status_code', res.statusCode);
      span.end(res.statusCode >= 500 ? `HTTP ${res.statusCode}` : undefined);
    });
    tracer.within(span, next);
  };
}

/** The span `traceRequests` opened for this request, if any. */
export function requestSpan(req: IncomingMessage): Span | undefined {
  return spans.get(req);
}
