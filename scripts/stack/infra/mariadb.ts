// Our own MariaDB: data dir created once with mariadb-install-db, then mariadbd in the foreground,
// TCP on 127.0.0.1 only. The apps' account (DB_USER, default root) gets DB_PASSWORD (default empty)
// through an --init-file rewritten before every start, so a changed DB_PASSWORD applies on restart.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { logFile } from '../config';
import { processEnv } from '../env';
import { mySqlSelect1, waitUntil } from '../probes';
import type { InfraContext } from './context';

/** Where one MariaDB server keeps its files: all under `<state dir>/<dirName>`. */
export interface MariaDbDirs {
  base: string;
  data: string;
  socket: string;
  initFile: string;
  pidFile: string;
}

export function mariaDbDirs(stateDir: string, dirName: string): MariaDbDirs {
  const base = path.join(stateDir, dirName);
  return {
    base,
    data: path.join(base, 'data'),
    socket: path.join(base, 'mariadb.sock'),
    initFile: path.join(base, 'init.sql'),
    pidFile: path.join(base, 'mariadb.pid'),
  };
}

function sqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Idempotent: runs at every server start. */
export function initSql(user: string, password: string): string {
  const pw = `PASSWORD(${sqlString(password)})`;
  const u = sqlString(user);
  const lines = [
    `CREATE USER IF NOT EXISTS ${u}@'127.0.0.1';`,
    `ALTER USER ${u}@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING ${pw};`,
    `GRANT ALL PRIVILEGES ON *.* TO ${u}@'127.0.0.1' WITH GRANT OPTION;`,
  ];
  if (user === 'root') {
    // Keep the OS-root socket login for maintenance, and allow the password too.
    lines.push(`ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING ${pw};`);
  } else {
    lines.push(
      `CREATE USER IF NOT EXISTS ${u}@'localhost';`,
      `ALTER USER ${u}@'localhost' IDENTIFIED VIA mysql_native_password USING ${pw};`,
      `GRANT ALL PRIVILEGES ON *.* TO ${u}@'localhost' WITH GRANT OPTION;`,
    );
  }
  return lines.join('\n') + '\n';
}

async function installDataDirOnce(ctx: InfraContext, name: string, d: MariaDbDirs): Promise<void> {
  if (fs.existsSync(path.join(d.data, 'mysql'))) return;
  // Install into a scratch dir and rename, so an interrupted first run never leaves half a data dir.
  const scratch = `${d.data}.installing`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  await ctx.sup.runOnce(
    {
      name: `${name}-install`,
      command: 'mariadb-install-db',
      args: ['--no-defaults', '--user=root', `--datadir=${scratch}`, '--auth-root-authentication-method=socket', '--skip-test-db', '--skip-name-resolve'],
      env: processEnv(ctx.cfg),
      cwd: d.base,
    },
    ctx.cfg.readyTimeoutMs,
  );
  fs.renameSync(scratch, d.data);
}

/** One MariaDB server as our child: data dir installed once, account set by the init file, loopback TCP. */
export interface MariaDbServer {
  /** Process name in the supervisor (and its log file). */
  name: string;
  dirs: MariaDbDirs;
  port: number;
  user: string;
  password: string;
  extraArgs?: string[];
}

/** Starts a MariaDB server; `exited` settles when it stops (the caller waits until it answers). */
export async function startMariaDbServer(
  ctx: InfraContext,
  server: MariaDbServer,
): Promise<{ exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const d = server.dirs;
  fs.mkdirSync(d.base, { recursive: true, mode: 0o700 });
  await installDataDirOnce(ctx, server.name, d);
  fs.writeFileSync(d.initFile, initSql(server.user, server.password), { mode: 0o600 });
  const proc = ctx.sup.start({
    name: server.name,
    command: 'mariadbd',
    args: [
      '--no-defaults',
      '--user=root',
      `--datadir=${d.data}`,
      `--socket=${d.socket}`,
      `--pid-file=${d.pidFile}`,
      `--port=${server.port}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--init-file=${d.initFile}`,
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      ...(server.extraArgs ?? []),
    ],
    env: processEnv(ctx.cfg),
    cwd: d.base,
  });
  return { exited: proc.exited };
}

export async function startMariaDb(ctx: InfraContext): Promise<void> {
  const { cfg } = ctx;
  const { exited } = await startMariaDbServer(ctx, {
    name: 'mariadb',
    dirs: mariaDbDirs(cfg.stateDir, 'mariadb'),
    port: cfg.db.port,
    user: cfg.db.user,
    password: cfg.db.password,
    extraArgs: ['--max-connections=500'],
  });
  await waitMariaDb(ctx, exited);
}

export function waitMariaDb(ctx: InfraContext, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  return waitUntil(
    async () => {
      await mySqlSelect1(ctx.cfg.db);
      return true;
    },
    { what: 'MariaDB', timeoutMs: ctx.cfg.readyTimeoutMs, logFile: logFile(ctx.cfg, 'mariadb'), exited },
  );
}

export async function stopMariaDb(ctx: InfraContext): Promise<void> {
  await ctx.sup.stop('mariadb');
}
