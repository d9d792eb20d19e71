import { AppError } from '../common/app-error';
import { prometheusRangeAnswerSchema, type PrometheusMatrix } from './ops-metrics.schemas';
import { describeFailure } from './probe';

export type FetchLike = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** Prometheus answered, but refused or could not run this one query: that chart says so, the others still show. */
export class PrometheusQueryError extends Error {
  override readonly name = 'PrometheusQueryError';
}

export interface RangeQuery {
  query: string;
  /** Seconds since the epoch. */
  start: number;
  end: number;
  stepSeconds: number;
}

/**
 * One range query against Prometheus' HTTP API (GET /api/v1/query_range). Prometheus not reachable, not
 * answering in time or answering 5xx is a dependency outage: AppError DEPENDENCY_UNAVAILABLE (503, Retry-After),
 * with the reason in words. An error answer about the query itself is a PrometheusQueryError.
 */
export async function queryRange(baseUrl: string, q: RangeQuery, timeoutMs: number, fetchFn: FetchLike = fetch): Promise<PrometheusMatrix> {
  const params = new URLSearchParams({ query: q.query, start: String(q.start), end: String(q.end), step: `${q.stepSeconds}s` });
  const url = `${baseUrl.replace(/\/+$/, '')}/api/v1/query_range?${params}`;
  let status: number;
  let text: string;
  try {
    const response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    status = response.status;
    text = await response.text();
  } catch (err) {
    throw unavailable(describeFailure(err, url, timeoutMs));
  }
  const body = parse(text);
  if (status >= 500) {
    // 5xx: Prometheus is starting, shutting down or broken (400 bad_data and 422 execution errors are the query's own).
    throw unavailable(`Prometheus answered HTTP ${status}${body.ok && body.value.status === 'error' && body.value.error ? `: ${body.value.error.slice(0, 200)}` : ''}`);
  }
  if (!body.ok) throw new PrometheusQueryError(`Prometheus answered HTTP ${status} with something other than a range query result`);
  if (body.value.status === 'error') {
    throw new PrometheusQueryError(`Prometheus refused the query (HTTP ${status}, ${body.value.errorType ?? 'error'}): ${(body.value.error ?? '').slice(0, 200)}`);
  }
  return body.value.data.result;
}

function unavailable(reason: string): AppError {
  return new AppError('DEPENDENCY_UNAVAILABLE', `Prometheus is unavailable, retry shortly: ${reason}`.slice(0, 400), [], 5);
}

function parse(text: string) {
  try {
    const result = prometheusRangeAnswerSchema.safeParse(JSON.parse(text));
    return result.success ? ({ ok: true, value: result.data } as const) : ({ ok: false } as const);
  } catch {
    return { ok: false } as const;
  }
}
