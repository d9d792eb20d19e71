import { ROOT_CONTEXT, TraceFlags, defaultTextMapGetter, defaultTextMapSetter, isSpanContextValid, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/** The W3C Trace Context of one span: what a `traceparent` header carries (https://www.w3.org/TR/trace-context/). */
export interface TraceContext {
  /** 32 lower-case hex digits, not all zero. */
  readonly traceId: string;
  /** 16 lower-case hex digits, not all zero: the span that is the parent of whatever continues from here. */
  readonly spanId: string;
  readonly sampled: boolean;
}

/** OpenTelemetry's W3C propagator reads and writes the header (versions, all-zero ids, flags as it specifies). */
export const w3c = new W3CTraceContextPropagator();

/** A `traceparent` header as a context, or null when it is absent or malformed (a new trace then starts). */
export function parseTraceparent(header: string | readonly string[] | undefined): TraceContext | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string') return null;
  const span = trace.getSpanContext(w3c.extract(ROOT_CONTEXT, { traceparent: value }, defaultTextMapGetter));
  if (!span || !isSpanContextValid(span)) return null;
  return { traceId: span.traceId, spanId: span.spanId, sampled: (span.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED };
}

export function formatTraceparent(ctx: TraceContext): string {
  const carrier: Record<string, string> = {};
  const spanContext = { traceId: ctx.traceId, spanId: ctx.spanId, traceFlags: ctx.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true };
  w3c.inject(trace.setSpanContext(ROOT_CONTEXT, spanContext), carrier, defaultTextMapSetter);
  return carrier.traceparent!;
}
