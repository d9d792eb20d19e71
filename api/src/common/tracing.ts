import { type Tracer, zipkinTracer } from '@dmh/shared/dist/tracing';
import { config } from '../config';

let cached: Tracer | undefined;

/**
 * This process's tracer (@dmh/shared tracing): spans to ZIPKIN_SPANS_URL, or none when it is unset. A failed
 * delivery is a process warning on stderr, once per outage (this module stays free of the logger, which reads
 * the configuration as soon as it is imported).
 */
export function tracer(): Tracer {
  cached ??= zipkinTracer('dmh-api', config().ZIPKIN_SPANS_URL, (err) => process.emitWarning(`spans not delivered to Zipkin (dropped; tracing goes on): ${err.message}`));
  return cached;
}

/** `{ traceparent }` for a call to the sidecar made now, or nothing (tracing off, or outside any span). */
export function traceHeader(): { traceparent?: string } {
  const traceparent = tracer().traceparent();
  return traceparent ? { traceparent } : {};
}
