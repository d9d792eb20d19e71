/**
 * One read shared by the gauges of one scrape: several gauges fed by one query (a queue's depth and its age)
 * would each run it. prom-client starts every metric's `collect` in one synchronous pass (then awaits them
 * all), so the returned function starts `read` on the first call of that pass, hands the other calls of the
 * pass the same answer, and forgets it once the pass is over: the next scrape reads afresh. The answer is
 * null when `read` failed: the gauges then report nothing, or NaN, rather than something false.
 */
export function scrapeSource<T>(read: () => Promise<T>): () => Promise<T | null> {
  let pending: Promise<T | null> | undefined;
  return () => {
    if (!pending) {
      pending = read().catch(() => null);
      queueMicrotask(() => (pending = undefined));
    }
    return pending;
  };
}
