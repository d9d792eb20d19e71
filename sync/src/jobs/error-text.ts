/** An error as one line for sync_logs: the driver's code (ESOCKET, NJS-503, ECONNREFUSED…) and message. */
export function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  const inner = err instanceof AggregateError ? err.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))).join('; ') : '';
  const message = (err.message || inner || err.name).split('\n')[0];
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Rejects when `work` takes longer than `ms` (the work itself is left to its own timeouts). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
