import type { DbOptions } from './db-config';
import { runMigrations } from './migrate';

/**
 * `node shared/dist/db/migrate.cli.js`: creates the database if missing and runs pending migrations.
 * The only place in the shared package that reads process.env (the seed CLI and the schema spec reuse it).
 */
export function dbOptionsFromEnv(defaults: Partial<DbOptions> = {}): DbOptions {
  const env = process.env;
  return {
    host: env.DB_HOST ?? defaults.host ?? '127.0.0.1',
    port: Number(env.DB_PORT ?? defaults.port ?? 3306),
    user: env.DB_USER ?? defaults.user ?? 'root',
    password: env.DB_PASSWORD ?? defaults.password ?? '',
    database: env.DB_NAME ?? defaults.database ?? 'dmh',
  };
}

async function main(): Promise<void> {
  const opts = dbOptionsFromEnv();
  const ran = await runMigrations(opts);
  console.log(ran.length ? `migrated ${opts.database}: ${ran.join(', ')}` : `${opts.database} is up to date`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('migration failed:', error);
    process.exit(1);
  });
}
