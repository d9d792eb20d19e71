import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import type { DbOptions } from './db-config';

/**
 * The DMH database's settings in a process's environment, the same in every process: each `config.ts` puts
 * this shape in its own schema (only config.ts reads the environment) and hands the parsed values to
 * `dbOptionsOf`.
 */
export const dbConfigShape = {
  DB_HOST: z.string().default('127.0.0.1'),
  DB_PORT: z.coerce.number().int().default(3306),
  DB_USER: z.string().default('root'),
  DB_PASSWORD: z.string().default(''),
  DB_NAME: z.string().default('dmh'),
};

/** Connections in a process's pool to the DMH database (mysql2 `connectionLimit`). */
export const dbPoolSizeShape = { DB_POOL_SIZE: z.coerce.number().int().min(1).default(20) };

type DbConfig = z.output<z.ZodObject<typeof dbConfigShape>> & { DB_POOL_SIZE?: number };

export function dbOptionsOf(c: DbConfig): DbOptions {
  return { host: c.DB_HOST, port: c.DB_PORT, user: c.DB_USER, password: c.DB_PASSWORD, database: c.DB_NAME, poolSize: c.DB_POOL_SIZE };
}

/**
 * A process's connection pool to the system of record, opened once at start-up and reached through `get()`
 * by its repositories. Each process keeps one in its own `database.ts`.
 */
export class DatabaseHandle {
  private dataSource: DataSource | undefined;

  async open(opts: DbOptions): Promise<DataSource> {
    this.dataSource = createDataSource(opts);
    await this.dataSource.initialize();
    return this.dataSource;
  }

  get(): DataSource {
    if (!this.dataSource?.isInitialized) throw new Error('database not opened: openDatabase() runs at start-up');
    return this.dataSource;
  }
}
