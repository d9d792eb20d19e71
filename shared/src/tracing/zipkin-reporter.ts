import * as http from 'node:http';
import { Tracer, type SpanSink, type ZipkinSpan } from './tracer';

/**
 * Sends finished spans to a Zipkin server (`POST /api/v2/spans`, JSON v2) in batches: every `intervalMs`, or at
 * once when `batchSize` are waiting. A batch the server does not take is dropped (traces are for looking at,
 * never worth holding the process's memory); the first failure of a run is told to `onError`. At most
 * `maxPending` spans wait, the rest are dropped.
 */
export class ZipkinReporter implements SpanSink {
  private pending: ZipkinSpan[] = [];
  private readonly timer: NodeJS.Timeout;
  private sending: Promise<void> = Promise.resolve();
  private failing = false;

  constructor(
    private readonly endpoint: string,
    private readonly onError: (err: Error) => void,
    private readonly opts: { intervalMs?: number; batchSize?: number; maxPending?: number } = {},
  ) {
    this.timer = setInterval(() => void this.flush(), opts.intervalMs ?? 1_000);
    this.timer.unref();
  }

  report(span: ZipkinSpan): void {
    if (this.pending.length >= (this.opts.maxPending ?? 10_000)) return;
    this.pending.push(span);
    if (this.pending.length >= (this.opts.batchSize ?? 200)) void this.flush();
  }

  /** Sends what is waiting; resolves once the server answered (or did not). */
  flush(): Promise<void> {
    if (this.pending.length === 0) return this.sending;
    const batch = this.pending;
    this.pending = [];
    this.sending = this.sending.then(() => this.post(batch)).then(
      () => void (this.failing = false),
      (err: Error) => {
        if (!this.failing) this.onError(err);
        this.failing = true;
      },
    );
    return this.sending;
  }

  /** Flushes and stops the timer. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private post(batch: ZipkinSpan[]): Promise<void> {
    const body = Buffer.from(JSON.stringify(batch));
    return new Promise((resolve, reject) => {
      const req = http.request(this.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length }, timeout: 5_000 }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 202 || res.statusCode === 200 ? resolve() : reject(new Error(`Zipkin answered HTTP ${res.statusCode}`))));
      });
      req.on('timeout', () => req.destroy(new Error('Zipkin did not answer within 5 s')));
      req.on('error', reject);
      req.end(body);
    });
  }
}

/** A process's tracer: spans to the Zipkin server at `spansUrl` (…/api/v2/spans), or none (tracing off) without one. */
export function zipkinTracer(serviceName: string, spansUrl: string | undefined, onError: (err: Error) => void): Tracer {
  return new Tracer(serviceName, spansUrl ? new ZipkinReporter(spansUrl, onError) : null);
}
