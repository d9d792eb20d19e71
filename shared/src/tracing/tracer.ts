import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { formatTraceparent, newSpanId, newTraceId, type TraceContext } from './trace-context';

/** Zipkin's span kinds; none for work inside a process (a settlement, a sync attempt). */
export type SpanKind = 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';

/** A finished span in Zipkin's v2 JSON model (https://zipkin.io/zipkin-api/#/default/post_spans). */
export interface ZipkinSpan {
  traceId: string;
  id: string;
  parentId?: string;
  name: string;
  kind?: SpanKind;
  /** Start, in microseconds since the epoch. */
  timestamp: number;
  /** Microseconds. */
  duration: number;
  localEndpoint: { serviceName: string };
  tags: Record<string, string>;
}

/** Where finished spans go (zipkin-reporter.ts sends them to a Zipkin server). */
export interface SpanSink {
  report(span: ZipkinSpan): void;
}

const direct = <T>(fn: () => T): T => fn();
const nowUs = (): number => Math.round((performance.timeOrigin + performance.now()) * 1000);

export class Span {
  readonly context: TraceContext;
  private readonly startUs = nowUs();
  private readonly tags: Record<string, string> = {};
  private ended = false;

  constructor(
    private readonly sink: SpanSink,
    private readonly serviceName: string,
    readonly name: string,
    readonly kind: SpanKind | undefined,
    readonly parentId: string | undefined,
    traceId: string,
    sampled: boolean,
  ) {
    this.context = { traceId, spanId: newSpanId(), sampled };
  }

  tag(key: string, value: string | number | boolean): this {
    this.tags[key] = String(value);
    return this;
  }

  /** Ends the span (once; a second call changes nothing) and hands it to the sink if it is sampled. */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    if (error !== undefined) this.tags.error = error instanceof Error ? error.message.slice(0, 200) || error.name : String(error).slice(0, 200);
    if (!this.context.sampled) return;
    this.sink.report({
      traceId: this.context.traceId,
      id: this.context.spanId,
      ...(this.parentId && { parentId: this.parentId }),
      name: this.name,
      ...(this.kind && { kind: this.kind }),
      timestamp: this.startUs,
      duration: Math.max(1, nowUs() - this.startUs),
      localEndpoint: { serviceName: this.serviceName },
      tags: this.tags,
    });
  }
}

export interface SpanOptions {
  kind?: SpanKind;
  /** The parent: a remote context (an incoming `traceparent`), or null for a new trace. Default: the current span. */
  parent?: TraceContext | null;
  tags?: Record<string, string | number | boolean>;
}

/**
 * One process's spans, kept with W3C trace context: the current span follows the work through promises and
 * callbacks (AsyncLocalStorage), and every call to the sidecar carries it as `traceparent`, so the spans
 * daprd records (actor calls, publishes, bindings) and those of the process that answers join one trace.
 * Without a sink (tracing off) it does nothing and costs next to nothing: no span is made, no header sent.
 */
export class Tracer {
  private readonly als = new AsyncLocalStorage<Span>();

  constructor(
    readonly serviceName: string,
    private readonly sink: SpanSink | null,
  ) {}

  get enabled(): boolean {
    return this.sink !== null;
  }

  current(): Span | undefined {
    return this.sink ? this.als.getStore() : undefined;
  }

  /** The `traceparent` for a call made now (its parent is the current span), or undefined outside any span. */
  traceparent(): string | undefined {
    const span = this.current();
    return span ? formatTraceparent(span.context) : undefined;
  }

  /** A span started now (not made current: see `inSpan`, `within`); undefined when tracing is off. */
  startSpan(name: string, opts: SpanOptions = {}): Span | undefined {
    if (!this.sink) return undefined;
    const parent = opts.parent === undefined ? this.als.getStore()?.context : opts.parent;
    const span = new Span(this.sink, this.serviceName, name, opts.kind, parent?.spanId, parent?.traceId ?? newTraceId(), parent?.sampled ?? true);
    for (const [key, value] of Object.entries(opts.tags ?? {})) span.tag(key, value);
    return span;
  }

  /** Runs `work` inside a new span, ended when `work` settles (with the error, if it throws). */
  async inSpan<T>(name: string, opts: SpanOptions, work: (span: Span | undefined) => Promise<T>): Promise<T> {
    const span = this.startSpan(name, opts);
    if (!span) return work(undefined);
    return this.als.run(span, async () => {
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
    return span ? this.als.run(span, fn) : fn();
  }

  /** Captures the current span, to run work later inside it (a batch sent on behalf of several callers). */
  capture(): <T>(fn: () => T) => T {
    const span = this.current();
    return span ? (fn) => this.als.run(span, fn) : direct;
  }
}
