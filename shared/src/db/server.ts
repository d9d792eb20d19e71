import { createConnection, type Connection } from 'mysql2/promise';
import type { DbFlavor, DbOptions } from './db-config';

const DATABASE_NAME = /^[A-Za-z0-9_]{1,64}$/;

/** A connection to the server itself (no database selected), for administrative statements. */
export function connectToServer(opts: DbOptions): Promise<Connection> {
  return createConnection({ host: opts.host, port: opts.port, user: opts.user, password: opts.password });
}

export function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name)) throw new Error(`database name must match ${DATABASE_NAME}: ${JSON.stringify(name)}`);
}

/** `CREATE DATABASE IF NOT EXISTS <database> CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`. */
export async function createDatabaseIfMissing(opts: DbOptions): Promise<void> {
  assertDatabaseName(opts.database);
  const connection = await connectToServer(opts);
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${opts.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/** Whether the server is MySQL or MariaDB (from `SELECT VERSION()`, e.g. "10.11.19-MariaDB-0+deb12u1"). */
export async function detectServerFlavor(opts: DbOptions): Promise<DbFlavor> {
  const connection = await connectToServer(opts);
  try {
    const [rows] = await connection.query<import('mysql2').RowDataPacket[]>('SELECT VERSION() AS version');
    return String(rows[0]?.version ?? '').toLowerCase().includes('mariadb') ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
