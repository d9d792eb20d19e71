import { tracer } from './tracing';

type Waiting<I, R> = { item: I; resolve: (r: R) => void; reject: (e: unknown) => void; inSpan: <T>(fn: () => T) => T };

/**
 * One call in flight per key; whatever is submitted for that key meanwhile waits and goes out together in
 * the next call (at most `maxBatch` items per call). Made for actors: an actor runs one turn at a time
 * anyway, so N credits to a hot balance cost one turn, one transaction and one round trip per batch instead
 * of N; a key with nothing in flight is sent at once, so a quiet key waits for nothing. `send` answers one
 * result per item, in order; if it throws, every item of that call fails with its error. A call runs in the
 * trace of its first item's caller (when tracing is on), not in that of whichever earlier call freed its slot.
 */
export class Coalescer<I, R> {
  private readonly queues = new Map<string, Waiting<I, R>[]>();
  private readonly inFlight = new Map<string, number>();
  /** Keys whose first waiting item has lingered its time: sent as soon as a slot is free, until the queue empties. */
  private readonly ripe = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly send: (key: string, items: I[]) => Promise<R[]>,
    private readonly maxBatch: number,
    /** Calls in flight per key: 1 for an actor (its turns are serial anyway); more where order does not matter. */
    private readonly maxInFlight = 1,
    /**
     * How long an item of a quiet key waits for company before it is sent (0: not at all). For what nobody
     * waits on closely (events, sync jobs): at a light load one call then carries the items of several
     * callers instead of one each, which is where a message's fixed cost goes (the sidecar hop, the broker,
     * the consumer's delivery). A full batch goes at once.
     */
    private readonly lingerMs = 0,
  ) {}

  submit(key: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key) ?? [];
      queue.push({ item, resolve, reject, inSpan: tracer().capture() });
      this.queues.set(key, queue);
      this.pump(key);
    });
  }

  /** Keys with items waiting (for tests and metrics). */
  get pendingKeys(): number {
    return this.queues.size;
  }

  private pump(key: string): void {
    while ((this.inFlight.get(key) ?? 0) < this.maxInFlight) {
      const queue = this.queues.get(key);
      if (!queue || queue.length === 0) return;
      if (this.lingerMs > 0 && queue.length < this.maxBatch && !this.ripe.has(key)) {
        if (!this.timers.has(key)) {
          this.timers.set(key, setTimeout(() => {
            this.timers.delete(key);
            this.ripe.add(key);
            this.pump(key);
          }, this.lingerMs));
        }
        return;
      }
      const batch = queue.splice(0, this.maxBatch);
      if (queue.length === 0) {
        this.queues.delete(key);
        this.ripe.delete(key);
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
      }
      this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
      void this.call(key, batch).finally(() => {
        const left = (this.inFlight.get(key) ?? 1) - 1;
        if (left > 0) this.inFlight.set(key, left);
        else this.inFlight.delete(key);
        this.pump(key);
      });
    }
  }

  private async call(key: string, batch: Waiting<I, R>[]): Promise<void> {
    try {
      const results = await batch[0].inSpan(() => this.send(key, batch.map((b) => b.item)));
      if (results.length !== batch.length) throw new Error(`expected ${batch.length} results for ${key}, got ${results.length}`);
      batch.forEach((b, i) => b.resolve(results[i]));
    } catch (err) {
      batch.forEach((b) => b.reject(err));
    }
  }
}
