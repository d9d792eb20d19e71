/**
 * One read shared by the gauges of one scrape: prom-client collects a registry's metrics side by side, so
 * several gauges fed by one query (a queue's depth and its age) would each run it. The returned function
 * starts `read` on its first call, hands every call of that scrape the same answer (null when `read` failed:
 * the gauges then report nothing rather than something false), and reads afresh on the next scrape.
 */
export function scrapeSource<T>(read: () => Promise<T>): () => Promise<T | null> {
  let pending: Promise<T | null> | undefined;
  return () => {
    pending ??= read()
      .catch(() => null)
      .finally(() => setImmediate(() => (pending = undefined)));
    return pending;
  };
}
