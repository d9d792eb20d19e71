import type { ProbeView } from './ops.schemas';

export interface ProbeAnswer extends ProbeView {
  /** The parsed JSON body of a 2xx answer (undefined when there was none or it was not JSON). */
  body?: unknown;
}

/**
 * One GET with its own timeout. Never throws: a refused connection, a timeout or a non-2xx answer is a
 * `down` probe with the reason in words, so one silent sidecar cannot fail the whole ops report.
 */
export async function probe(url: string, timeoutMs: number, now: () => number = Date.now): Promise<ProbeAnswer> {
  const started = now();
  const latency = () => Math.max(0, Math.round(now() - started));
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    const text = await response.text();
    if (!response.ok) return { status: 'down', error: `answered HTTP ${response.status}${reason(text)}`, latencyMs: latency() };
    return { status: 'up', error: null, latencyMs: latency(), body: parseJson(text) };
  } catch (err) {
    return { status: 'down', error: describeFailure(err, url, timeoutMs), latencyMs: latency() };
  }
}

/** A failed fetch in words: what went wrong and where, never a stack. */
export function describeFailure(err: unknown, url: string, timeoutMs: number): string {
  const where = hostOf(url);
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer from ${where} within ${timeoutMs} ms`;
  const code = e?.cause?.code;
  if (code === 'ECONNREFUSED') return `connection refused by ${where} (nothing listens there)`;
  if (code === 'ECONNRESET') return `connection to ${where} reset before an answer`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host of ${where} not found`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${where} unreachable`;
  const detail = e?.cause?.message ?? e?.message ?? String(err);
  return `${where} could not be reached: ${detail}`.slice(0, 300);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A short hint from an error answer's body (Dapr answers `{errorCode, message}`), without echoing a long body. */
function reason(text: string): string {
  const body = parseJson(text) as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : '';
  return message ? `: ${message.slice(0, 200)}` : '';
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
