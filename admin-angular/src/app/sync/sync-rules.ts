import type { Body, Data } from '@dmh/api-client';

export type TargetView = Data<'/api/v1/sync/targets/{brandId}', 'get'>;
export type TargetBody = Body<'/api/v1/sync/targets/{brandId}', 'put'>;
export type TestReport = Data<'/api/v1/sync/targets/{brandId}/test', 'post'>;
export type SyncJob = Data<'/api/v1/sync/failures', 'get'>['items'][number];
export type Mapping = TargetBody['mapping'];

export const TARGET_KINDS = ['oracle', 'sqlserver', 'mysql'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const JOB_STATES = ['dead', 'retrying', 'queued'] as const;
export const LOG_STATUSES = ['success', 'failed', 'dead'] as const;

/** The usual port of each database kind, filled in when the kind is picked on a new target. */
export const DEFAULT_PORT: Readonly<Record<TargetKind, number>> = { oracle: 1521, sqlserver: 1433, mysql: 3306 };

/** A starting mapping for a new target: DMH's fields onto columns named alike (edited to the brand's schema). */
export function starterMapping(): Mapping {
  return {
    orders: {
      table: 'DMH_ORDERS', key: 'DMH_ID', version: 'DMH_VERSION',
      columns: [{ column: 'ORDER_NO', from: 'orderNo' }, { column: 'AMOUNT', from: 'amount' }, { column: 'STATUS', from: 'status' }],
    },
    rewards: {
      table: 'DMH_REWARDS', key: 'DMH_ID', version: 'DMH_VERSION',
      columns: [{ column: 'ORDER_ID', from: 'orderId' }, { column: 'LEVEL_NO', from: 'level' }, { column: 'AMOUNT', from: 'amount' }],
    },
  };
}

/** The connection form (the password box is empty unless the admin types a new one). */
export interface TargetForm {
  kind: TargetKind;
  host: string;
  port: number | null;
  database: string;
  username: string;
  password: string;
  connectTimeoutMs: number | null;
  encrypt: boolean;
  trustServerCertificate: boolean;
  enabled: boolean;
}

export const TARGET_FIELDS: Readonly<Record<string, string>> = {
  kind: 'body.kind', host: 'body.host', port: 'body.port', database: 'body.database', username: 'body.username', password: 'body.password',
  connectTimeoutMs: 'body.options.connectTimeoutMs', enabled: 'body.enabled',
};

export function targetForm(view: TargetView | null): TargetForm {
  if (!view) {
    return {
      kind: 'mysql', host: '', port: DEFAULT_PORT.mysql, database: '', username: '', password: '', connectTimeoutMs: 5000, encrypt: false,
      trustServerCertificate: false, enabled: true,
    };
  }
  return {
    kind: view.kind, host: view.host, port: view.port, database: view.database, username: view.username, password: '',
    connectTimeoutMs: view.options.connectTimeoutMs ?? null, encrypt: view.options.encrypt ?? view.kind === 'sqlserver',
    trustServerCertificate: view.options.trustServerCertificate ?? false, enabled: view.enabled,
  };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The mapping box's JSON: an object with `orders` and `rewards` (the API checks the rest, naming the field). */
export function parseMapping(text: string): Parsed<Mapping> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: err instanceof Error ? err.message : String(err) };
  }
  if (typeof value !== 'object' || value === null || !('orders' in value) || !('rewards' in value)) {
    return { ok: false, problem: 'orders, rewards' };
  }
  return { ok: true, value: value as Mapping };
}

/**
 * The PUT body: the password only when one was typed (left out, the API keeps the stored one, which it
 * never sends back); the SQL Server / MySQL TLS options only for the kinds that read them.
 */
export function targetBody(form: TargetForm, mapping: Mapping): TargetBody {
  const options: TargetBody['options'] = {};
  if (form.connectTimeoutMs !== null) options.connectTimeoutMs = form.connectTimeoutMs;
  if (form.kind !== 'oracle') options.encrypt = form.encrypt;
  if (form.kind === 'sqlserver') options.trustServerCertificate = form.trustServerCertificate;
  return {
    kind: form.kind, host: form.host.trim(), port: form.port ?? DEFAULT_PORT[form.kind], database: form.database.trim(), username: form.username.trim(),
    ...(form.password ? { password: form.password } : {}), options, mapping, enabled: form.enabled,
  };
}

/** The retry calls for a selection of dead jobs: the API retries by brand, so one call per brand with its orders. */
export function retryCalls(jobs: readonly Pick<SyncJob, 'brandId' | 'orderId'>[]): Array<{ brandId: string; orderIds: string[] }> {
  const byBrand = new Map<string, Set<string>>();
  for (const j of jobs) (byBrand.get(j.brandId) ?? byBrand.set(j.brandId, new Set()).get(j.brandId)!).add(j.orderId);
  return [...byBrand].map(([brandId, ids]) => ({ brandId, orderIds: [...ids] }));
}

/** The first failed step of a test, whose driver error the page shows in words. */
export function firstFailure(report: TestReport): TestReport['steps'][number] | null {
  return report.steps.find((s) => !s.ok) ?? null;
}
