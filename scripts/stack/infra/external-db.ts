// A second MariaDB server, `external-db`: the stand-in for a brand's own database that the sync worker
// writes into (the default target, database EXTERNAL_DB_NAME, `dmh_external`). It is a separate server
// (own data dir under the state dir, own port: EXTERNAL_DB_PORT, default 3307) so tests can stop the
// customer's database while DMH's own MariaDB keeps running. Started like infra/mariadb.ts.
import * as mysql from 'mysql2/promise';
import { logFile, type StackConfig } from '../config';
import { mySqlSelect1, waitUntil } from '../probes';
import type { InfraContext } from './context';
import { mariaDbDirs, startMariaDbServer } from './mariadb';

export const EXTERNAL_DB = 'external-db';

/** Default port, default data dir; another port gets its own (two servers never share a data dir). */
const DEFAULT_PORT = 3307;

export async function startExternalDb(ctx: InfraContext): Promise<void> {
  const { cfg } = ctx;
  const port = cfg.externalDb.port;
  const { exited } = await startMariaDbServer(ctx, {
    name: EXTERNAL_DB,
    dirs: mariaDbDirs(cfg.stateDir, port === DEFAULT_PORT ? EXTERNAL_DB : `${EXTERNAL_DB}-${port}`),
    port,
    user: cfg.externalDb.user,
    password: cfg.externalDb.password,
    extraArgs: ['--max-connections=200', '--innodb-buffer-pool-size=64M'],
  });
  await waitExternalDb(ctx, exited);
}

export function waitExternalDb(ctx: InfraContext, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  return waitUntil(
    async () => {
      await mySqlSelect1(ctx.cfg.externalDb);
      return true;
    },
    { what: 'external MariaDB', timeoutMs: ctx.cfg.readyTimeoutMs, logFile: logFile(ctx.cfg, EXTERNAL_DB), exited },
  );
}

export async function stopExternalDb(ctx: InfraContext): Promise<void> {
  await ctx.sup.stop(EXTERNAL_DB);
}

/** CREATE DATABASE IF NOT EXISTS for the default sync target's database, on the external server. */
export async function ensureExternalDatabase(cfg: StackConfig): Promise<void> {
  const { host, port, user, password } = cfg.externalDb;
  const conn = await mysql.createConnection({ host, port, user, password, connectTimeout: 5_000 });
  try {
    const name = cfg.db.externalName.replace(/`/g, '``');
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await conn.end().catch(() => undefined);
  }
}

