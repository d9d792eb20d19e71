import { createDataSource } from './data-source';
import type { DbOptions } from './db-config';
import { createDatabaseIfMissing } from './server';

export { createDatabaseIfMissing, detectServerFlavor } from './server';

/**
 * Brings the database up to date: creates it if missing (unless `createDatabase: false`), then runs the
 * pending migrations, each in its own transaction. Returns the names of the migrations that ran (empty
 * when the schema was already current).
 */
export async function runMigrations(opts: DbOptions & { createDatabase?: boolean }): Promise<string[]> {
  if (opts.createDatabase ?? true) await createDatabaseIfMissing(opts);
  const dataSource = createDataSource(opts);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
