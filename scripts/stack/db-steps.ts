// Database steps between infrastructure and apps: the databases exist, then migrations, then seed
// (both are the shared package's compiled CLIs, run as children with the stack's DB_* settings).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as mysql from 'mysql2/promise';
import type { StackConfig } from './config';
import { processEnv } from './env';
import { ensureExternalDatabase } from './infra/external-db';
import type { Supervisor } from './supervisor';

export const MIGRATE_CLI = 'shared/dist/db/migrate.cli.js';
export const SEED_CLI = 'shared/dist/db/seed.cli.js';

/** CREATE DATABASE IF NOT EXISTS for the app's database, and the local external (sync target) one on its own server. */
export async function ensureDatabases(cfg: StackConfig): Promise<void> {
  await ensureExternalDatabase(cfg);
  const { host, port, user, password } = cfg.db;
  const conn = await mysql.createConnection({ host, port, user, password, connectTimeout: 5_000 });
  try {
    for (const name of [cfg.db.name]) {
      await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await conn.end().catch(() => undefined);
  }
}

export async function runDbCli(cfg: StackConfig, sup: Supervisor, step: 'migrate' | 'seed'): Promise<void> {
  const rel = step === 'migrate' ? MIGRATE_CLI : SEED_CLI;
  const file = path.join(cfg.repoRoot, rel);
  if (!fs.existsSync(file)) {
    throw new Error(`${rel} not found: build the workspaces first (npm run build), or start without the ${step} step`);
  }
  await sup.runOnce({ name: step, command: process.execPath, args: [file], env: processEnv(cfg), cwd: cfg.repoRoot }, 5 * 60_000);
}
