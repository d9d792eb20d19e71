import { type ExportResult, ExportResultCode } from '@opentelemetry/core';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { BatchSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { Tracer } from './tracer';

/**
 * OpenTelemetry's Zipkin exporter (`POST /api/v2/spans`, JSON v2), told of the first failure of each outage: a
 * batch the server does not take is dropped (traces are for looking at, never worth holding memory for).
 */
class ToldExporter implements SpanExporter {
  private failing = false;

  constructor(private readonly inner: SpanExporter, private readonly onError: (err: Error) => void) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code !== ExportResultCode.SUCCESS && !this.failing) this.onError(result.error ?? new Error('Zipkin did not take the spans'));
      this.failing = result.code !== ExportResultCode.SUCCESS;
      done(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

/** Spans to a Zipkin server in batches (every second, or 200 waiting; at most 10 000 wait). */
export function zipkinProcessor(spansUrl: string, onError: (err: Error) => void): BatchSpanProcessor {
  return new BatchSpanProcessor(new ToldExporter(new ZipkinExporter({ url: spansUrl }), onError), {
    scheduledDelayMillis: 1_000, maxExportBatchSize: 200, maxQueueSize: 10_000,
  });
}

/** A process's tracer: spans to the Zipkin server at `spansUrl` (…/api/v2/spans), or none (tracing off) without one. */
export function zipkinTracer(serviceName: string, spansUrl: string | undefined, onError: (err: Error) => void): Tracer {
  return new Tracer(serviceName, spansUrl ? zipkinProcessor(spansUrl, onError) : null);
}
