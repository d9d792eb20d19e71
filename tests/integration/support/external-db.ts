import mysql, { type Pool, type RowDataPacket } from 'mysql2/promise';
import { TEST_EXTERNAL_DB } from './test-databases';

let pool: Pool | undefined;

/**
 * The test's connection to the external database (the sync worker's default target, the stand-in for a
 * brand's own system). It lives on its own MariaDB server, the stack's `external-db` (EXTERNAL_DB_PORT,
 * default 3307), not on DMH's: tests read it here, never through a cross-database join.
 */
export function externalDb(): Pool {
  pool ??= mysql.createPool({
    host: process.env.EXTERNAL_DB_HOST ?? '127.0.0.1',
    port: Number(process.env.EXTERNAL_DB_PORT ?? 3307),
    user: process.env.EXTERNAL_DB_USER ?? process.env.DB_USER ?? 'root',
    password: process.env.EXTERNAL_DB_PASSWORD ?? process.env.DB_PASSWORD ?? '',
    database: TEST_EXTERNAL_DB,
    connectionLimit: 4,
    supportBigNumbers: true,
    bigNumberStrings: true,
    timezone: 'Z',
  });
  return pool;
}

export async function externalRows<T = RowDataPacket>(sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await externalDb().query<RowDataPacket[]>(sql, params);
  return result as T[];
}

export async function externalOne<T = RowDataPacket>(sql: string, params: unknown[] = []): Promise<T | undefined> {
  const [row] = await externalRows<T>(sql, params);
  return row;
}

/** Rows of an external table by DMH id (the key column), as a map id → row. */
export async function externalByKey<T extends RowDataPacket>(table: string, key: string, ids: string[]): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    const found = await externalRows<T>(`SELECT * FROM \`${table}\` WHERE \`${key}\` IN (?)`, [part]);
    for (const r of found) out.set(String(r[key]), r);
  }
  return out;
}

export async function closeExternalDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
