import { createDataSource } from '@dmh/shared';
import type { DataSource } from 'typeorm';
import { config } from '../config';

let dataSource: DataSource | undefined;

export async function openDatabase(): Promise<DataSource> {
  const c = config();
  dataSource = createDataSource({
    host: c.DB_HOST, port: c.DB_PORT, user: c.DB_USER, password: c.DB_PASSWORD, database: c.DB_NAME, poolSize: c.DB_POOL_SIZE,
  });
  await dataSource.initialize();
  return dataSource;
}

export function database(): DataSource {
  if (!dataSource?.isInitialized) throw new Error('database not opened: openDatabase() runs at start-up');
  return dataSource;
}
