// A second MariaDB server, `external-db`: the stand-in for a brand's own database that the sync worker
// writes into (the default target, database EXTERNAL_DB_NAME, `dmh_external`). It is a separate server
// (own data dir under the state dir, own port: EXTERNAL_DB_PORT, default 3307) so tests can stop the
// customer's database while DMH's own MariaDB keeps running. Started like infra/mariadb.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as mysql from 'mysql2/promise';
import { logFile, type StackConfig } from '../config';
import { processEnv } from '../env';
import { mySqlSelect1, waitUntil } from '../probes';
import type { InfraContext } from './context';
import { initSql } from './mariadb';

export const EXTERNAL_DB = 'external-db';

/** Default port, default data dir; another port gets its own (two servers never share a data dir). */
const DEFAULT_PORT = 3307;

function dirs(cfg: StackConfig): { base: string; data: string; socket: string; initFile: string; pidFile: string } {
  const port = cfg.externalDb.port;
  const base = path.join(cfg.stateDir, port === DEFAULT_PORT ? EXTERNAL_DB : `${EXTERNAL_DB}-${port}`);
  return {
    base,
    data: path.join(base, 'data'),
    socket: path.join(base, 'mariadb.sock'),
    initFile: path.join(base, 'init.sql'),
    pidFile: path.join(base, 'mariadb.pid'),
  };
}

async function installDataDirOnce(ctx: InfraContext): Promise<void> {
  const d = dirs(ctx.cfg);
  if (fs.existsSync(path.join(d.data, 'mysql'))) return;
  const scratch = `${d.data}.installing`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  await ctx.sup.runOnce(
    {
      name: `${EXTERNAL_DB}-install`,
      command: 'mariadb-install-db',
      args: ['--no-defaults', '--user=root', `--datadir=${scratch}`, '--auth-root-authentication-method=socket', '--skip-test-db', '--skip-name-resolve'],
      env: processEnv(ctx.cfg),
      cwd: d.base,
    },
    ctx.cfg.readyTimeoutMs,
  );
  fs.renameSync(scratch, d.data);
}

export async function startExternalDb(ctx: InfraContext): Promise<void> {
  const { cfg } = ctx;
  const d = dirs(cfg);
  fs.mkdirSync(d.base, { recursive: true, mode: 0o700 });
  await installDataDirOnce(ctx);
  fs.writeFileSync(d.initFile, initSql(cfg.externalDb.user, cfg.externalDb.password), { mode: 0o600 });
  const proc = ctx.sup.start({
    name: EXTERNAL_DB,
    command: 'mariadbd',
    args: [
      '--no-defaults',
      '--user=root',
      `--datadir=${d.data}`,
      `--socket=${d.socket}`,
      `--pid-file=${d.pidFile}`,
      `--port=${cfg.externalDb.port}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--init-file=${d.initFile}`,
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      '--max-connections=200',
      '--innodb-buffer-pool-size=64M',
    ],
    env: processEnv(cfg),
    cwd: d.base,
  });
  await waitExternalDb(ctx, proc.exited);
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

