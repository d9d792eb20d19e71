import {
  type Context, ROOT_CONTEXT, type Span as OtelSpan, SpanKind as OtelSpanKind, SpanStatusCode, TraceFlags,
  context as otelContext, createContextKey, trace, type Tracer as OtelTracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { formatTraceparent, type TraceContext } from './trace-context';

/** Zipkin's span kinds; none for work inside a process (a settlement, a sync attempt). */
export type SpanKind = 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
const KINDS: Record<SpanKind, OtelSpanKind> = {
  SERVER: OtelSpanKind.SERVER, CLIENT: OtelSpanKind.CLIENT, PRODUCER: OtelSpanKind.PRODUCER, CONSUMER: OtelSpanKind.CONSUMER,
};

/** Where DMH's own Span object rides in an OpenTelemetry context, beside OpenTelemetry's span. */
const DMH_SPAN = createContextKey('dmh span');
const direct = <T>(fn: () => T): T => fn();

/** One OpenTelemetry span, as DMH's code uses it: tags, an end that records an error, its W3C context. */
export class Span {
  private ended = false;

  constructor(readonly otel: OtelSpan, readonly name: string) {}

  get context(): TraceContext {
    const c = this.otel.spanContext();
    return { traceId: c.traceId, spanId: c.spanId, sampled: (c.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED };
  }

  tag(key: string, value: string | number | boolean): this {
    this.otel.setAttribute(key, value);
    return this;
  }

  /** Ends the span (once; a second call changes nothing), with the error as its status (Zipkin's `error` tag). */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    if (error !== undefined) {
      const message = error instanceof Error ? error.message.slice(0, 200) || error.name : String(error).slice(0, 200);
      this.otel.setStatus({ code: SpanStatusCode.ERROR, message });
    }
    this.otel.end();
  }
}

export interface SpanOptions {
  kind?: SpanKind;
  /** The parent: a remote context (an incoming `traceparent`), or null for a new trace. Default: the current span. */
  parent?: TraceContext | null;
  tags?: Record<string, string | number | boolean>;
}

let contextManagerSet = false;

/**
 * One process's spans, made and exported by OpenTelemetry's SDK (a BasicTracerProvider with the processor it
 * is given, e.g. a batch to Zipkin: zipkin.ts) and kept with W3C trace context: the current span follows the
 * work through promises and callbacks (OpenTelemetry's AsyncLocalStorage context manager), and every call to
 * the sidecar carries it as `traceparent`, so the spans daprd records (actor calls, publishes, bindings) and
 * those of the process that answers join one trace. Without a processor (tracing off) it does nothing and
 * costs next to nothing: no span is made, no header sent. A parent sampled out is propagated, not recorded.
 */
export class Tracer {
  private readonly otel: OtelTracer | null;

  constructor(
    readonly serviceName: string,
    processor: SpanProcessor | null,
  ) {
    if (!processor) {
      this.otel = null;
      return;
    }
    if (!contextManagerSet) {
      otelContext.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      contextManagerSet = true;
    }
    const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': serviceName }), spanProcessors: [processor] });
    this.otel = provider.getTracer('dmh');
  }

  get enabled(): boolean {
    return this.otel !== null;
  }

  current(): Span | undefined {
    return this.otel ? (otelContext.active().getValue(DMH_SPAN) as Span | undefined) : undefined;
  }

  /** The `traceparent` for a call made now (its parent is the current span), or undefined outside any span. */
  traceparent(): string | undefined {
    const span = this.current();
    return span ? formatTraceparent(span.context) : undefined;
  }

  /** A span started now (not made current: see `inSpan`, `within`); undefined when tracing is off. */
  startSpan(name: string, opts: SpanOptions = {}): Span | undefined {
    if (!this.otel) return undefined;
    const parent: Context = opts.parent === undefined
      ? otelContext.active()
      : opts.parent === null
        ? ROOT_CONTEXT
        : trace.setSpanContext(ROOT_CONTEXT, {
            traceId: opts.parent.traceId, spanId: opts.parent.spanId, isRemote: true,
            traceFlags: opts.parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
          });
    const otel = this.otel.startSpan(name, { ...(opts.kind && { kind: KINDS[opts.kind] }), ...(opts.tags && { attributes: opts.tags }) }, parent);
    return new Span(otel, name);
  }

  /** Runs `work` inside a new span, ended when `work` settles (with the error, if it throws). */
  async inSpan<T>(name: string, opts: SpanOptions, work: (span: Span | undefined) => Promise<T>): Promise<T> {
    const span = this.startSpan(name, opts);
    if (!span) return work(undefined);
    return this.within(span, async () => {
      try {
        const result = await work(span);
        span.end();
        return result;
      } catch (err) {
        span.end(err);
        throw err;
      }
    });
  }

  /** Runs `fn` with `span` current: re-enters a request's span where an event emitter lost it (a body parser). */
  within<T>(span: Span | undefined, fn: () => T): T {
    if (!span || !this.otel) return fn();
    return otelContext.with(trace.setSpan(ROOT_CONTEXT, span.otel).setValue(DMH_SPAN, span), fn);
  }

  /** Captures the current span, to run work later inside it (a batch sent on behalf of several callers). */
  capture(): <T>(fn: () => T) => T {
    const span = this.current();
    return span ? (fn) => this.within(span, fn) : direct;
  }
}
