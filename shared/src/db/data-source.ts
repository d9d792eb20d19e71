import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../entities';
import type { DbOptions } from './db-config';
import { ALL_MIGRATIONS } from './migrations';
import { utcMysql2 } from './utc-pool';

export type { DbFlavor, DbLogKind, DbOptions } from './db-config';
export * from './mysql-errors';

/**
 * The DMH DataSource (not yet initialised). The schema comes only from the migrations: never synchronize.
 * DECIMAL and BIGINT come back as strings; DATETIME as UTC `Date`s.
 */
export function createDataSource(opts: DbOptions): DataSource {
  return new DataSource({
    type: opts.flavor ?? 'mysql',
    driver: utcMysql2,
    host: opts.host,
    port: opts.port,
    username: opts.user,
    password: opts.password,
    database: opts.database,
    poolSize: opts.poolSize,
    logging: opts.logging ?? false,
    charset: 'utf8mb4',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
  });
}
