import { sidecarRequest } from '../dapr/sidecar-http';

/**
 * When and how often a Dapr job fires (Dapr's Jobs API, stable `/v1.0/jobs` since 1.17). Durations are Go
 * duration strings (`90s`, `5m`); `dueTime` may also be an RFC 3339 instant; `schedule` is a six-field cron
 * (`0 0 2 * * *`) or `@every 30s`. Jobs live in Dapr's scheduler (etcd), so they survive restarts of the
 * app, its sidecar and the scheduler itself.
 *
 * Checked against daprd and scheduler 1.18.2 of our stack: scheduling answers 204 (a second time without
 * `overwrite`, 409 AlreadyExists, hence overwrite on); a Go duration and an RFC 3339 instant with +08:00
 * both work as dueTime, and `@every 2s` as schedule; a firing is POST /job/<name> with exactly `data` as the
 * JSON body; DELETE of a job that does not exist answers 204; GET of one answers 500 (NotFound inside).
 * The sidecar waits for the scheduler (up to 30 s) when it is down, so callers on a request path pass a
 * shorter timeout.
 */
export interface JobSpec {
  dueTime?: string;
  schedule?: string;
  repeats?: number;
  ttl?: string;
  /** Handed back, as JSON, when the job fires. */
  data: Record<string, unknown>;
  /**
   * What the scheduler does when the app does not answer 2xx: Dapr's default is 3 tries a second apart.
   * `interval` is read as a protobuf Duration: seconds with an `s` (`600s`); the sidecar refuses `10m` (400).
   */
  failurePolicy?: { constant: { interval: string; maxRetries?: number } } | { drop: Record<string, never> };
}

export class DaprJobsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DaprJobsError';
  }
}

/** A named job of this app: `<kind>.<key>`, e.g. `pay-watch.D2024…`. Names are unique per app id. */
export function jobName(kind: string, key: string): string {
  return `${kind}.${key}`;
}

/** Schedules (or replaces: `overwrite`) a job with this app's sidecar; it fires as POST /job/<name> on this app. */
export async function scheduleJob(name: string, spec: JobSpec, timeoutMs = 15_000): Promise<void> {
  const answer = await sidecarRequest('POST', `/v1.0/jobs/${encodeURIComponent(name)}`, { ...spec, overwrite: true }, timeoutMs);
  if (answer.status !== 204 && answer.status !== 200) {
    throw new DaprJobsError(`scheduling job ${name} failed: ${answer.status} ${answer.text.slice(0, 300)}`);
  }
}

/** Deletes a job; one that does not exist (already fired, or never made) is not an error. */
export async function deleteJob(name: string): Promise<void> {
  const answer = await sidecarRequest('DELETE', `/v1.0/jobs/${encodeURIComponent(name)}`);
  if (answer.status === 204 || answer.status === 200 || answer.status === 404) return;
  if (answer.status === 500 && /not found/i.test(answer.text)) return;
  throw new DaprJobsError(`deleting job ${name} failed: ${answer.status} ${answer.text.slice(0, 300)}`);
}
