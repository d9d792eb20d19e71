import { type FieldMapping, type StoredTargetConfig, type SyncTargetKind, resolveTargetOptions } from '@dmh/shared';
import { logger } from '../runtime/logger';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker';
import type { Cipher } from './credentials';
import { DEFAULT_MAPPING } from './default-target';
import { MysqlTarget } from './mysql.target';
import { OracleTarget } from './oracle.target';
import { SqlServerTarget } from './sqlserver.target';
import type { TargetAdapter, TargetConnection } from './target-adapter';
import type { TargetConfigRepository } from './target-config.repository';

/** A brand's effective target: where its rows go, how they are mapped, and the breaker guarding it. */
export interface ResolvedTarget {
  /** `default` or `brand:<id>`: the name in sync_logs' error texts, metrics and health. */
  name: string;
  kind: SyncTargetKind;
  mapping: FieldMapping;
  adapter: TargetAdapter;
  breaker: CircuitBreaker;
  enabled: boolean;
}

export type AdapterFactory = (kind: SyncTargetKind, connection: TargetConnection) => TargetAdapter;

export const createAdapter: AdapterFactory = (kind, connection) => {
  switch (kind) {
    case 'mysql': return new MysqlTarget(connection);
    case 'oracle': return new OracleTarget(connection);
    case 'sqlserver': return new SqlServerTarget(connection);
  }
};

interface Entry {
  version: number;
  target: ResolvedTarget;
}

/**
 * Resolves brands to targets. The brand's row is read on every call (one indexed lookup), so a saved
 * change applies to the next attempt: a new version builds a new connection pool and a fresh breaker,
 * and the old pool is closed.
 */
export class TargetRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly defaultTarget: ResolvedTarget;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly configs: TargetConfigRepository,
    private readonly cipher: Cipher,
    defaultConnection: TargetConnection,
    private readonly breakerOptions: BreakerOptions,
    private readonly factory: AdapterFactory = createAdapter,
  ) {
    this.defaultTarget = {
      name: 'default', kind: 'mysql', mapping: DEFAULT_MAPPING, adapter: factory('mysql', defaultConnection),
      breaker: new CircuitBreaker('default', breakerOptions), enabled: true,
    };
  }

  get default(): ResolvedTarget {
    return this.defaultTarget;
  }

  async forBrand(brandId: string): Promise<ResolvedTarget> {
    const config = await this.configs.find(brandId);
    return this.serially(() => this.resolve(brandId, config));
  }

  /** A fresh adapter for the brand's saved target, outside the cache (test connection); the caller closes it. */
  async standalone(brandId: string): Promise<{ kind: SyncTargetKind; mapping: FieldMapping; adapter: TargetAdapter } | null> {
    const config = await this.configs.find(brandId);
    if (!config) return null;
    return { kind: config.kind, mapping: config.mapping, adapter: this.build(config) };
  }

  configuredBrandIds(): Promise<string[]> {
    return this.configs.brandIds();
  }

  /** Every target built so far (the default first), for metrics. */
  known(): ResolvedTarget[] {
    return [this.defaultTarget, ...[...this.entries.values()].map((e) => e.target)];
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.defaultTarget.adapter.close(), ...[...this.entries.keys()].map((n) => this.drop(n))]);
  }

  private async resolve(brandId: string, config: StoredTargetConfig | null): Promise<ResolvedTarget> {
    const name = `brand:${brandId}`;
    if (!config) {
      await this.drop(name);
      return this.defaultTarget;
    }
    const cached = this.entries.get(name);
    if (cached && cached.version >= config.version) return cached.target;
    await this.drop(name);
    const target: ResolvedTarget = {
      name, kind: config.kind, mapping: config.mapping, adapter: this.build(config),
      breaker: new CircuitBreaker(name, this.breakerOptions), enabled: config.enabled ?? true,
    };
    this.entries.set(name, { version: config.version, target });
    return target;
  }

  /** Builds and replaces one at a time, so two concurrent attempts never build two pools for one target. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.then(() => undefined, () => undefined);
    return run;
  }

  private build(config: StoredTargetConfig): TargetAdapter {
    const options = resolveTargetOptions(config.kind, config.options);
    return this.factory(config.kind, {
      host: config.host, port: config.port, database: config.database, username: config.username,
      password: this.cipher.decrypt(config.passwordEnc, config.brandId), ...options,
    });
  }

  private async drop(name: string): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) return;
    this.entries.delete(name);
    entry.target.breaker.shutdown();
    await entry.target.adapter.close().catch((err: unknown) => logger.warn({ err, target: name }, 'closing a replaced target failed'));
  }
}
