import mysql, { Pool, RowDataPacket } from 'mysql2/promise';
import { TEST_DB } from './test-databases';

let pool: Pool | undefined;

/** The test's own connection to the system of record (reads for assertions, inserts for factories). */
export function db(): Pool {
  pool ??= mysql.createPool({
    host: process.env.DB_HOST ?? '127.0.0.1',
    port: Number(process.env.DB_PORT ?? 3306),
    user: process.env.DB_USER ?? 'root',
    password: process.env.DB_PASSWORD ?? '',
    database: TEST_DB,
    connectionLimit: 10,
    supportBigNumbers: true,
    bigNumberStrings: true,
    timezone: 'Z',
  });
  return pool;
}

export async function rows<T = RowDataPacket>(sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await db().query<RowDataPacket[]>(sql, params);
  return result as T[];
}

export async function one<T = RowDataPacket>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await rows<T>(sql, params);
  return row;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
