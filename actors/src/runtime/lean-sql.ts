import { utcPool } from '@dmh/shared';
import type { Pool, PoolConnection } from 'mysql2/promise';
import { config } from '../config';

/**
 * A small pool for the two hottest actor turns (crediting rewards, counting a reward on its distributor),
 * whose connections accept several statements per round trip. A turn is then 1–2 round trips to MySQL
 * instead of 4–8; on this kind of machine a round trip (two processes woken, four system calls) costs more
 * CPU than the statement itself (see bench/README.md). Every value still goes through `?` placeholders,
 * escaped by the driver: statements are joined, values are never concatenated. Sessions are UTC like the
 * main pool's (the shared utcPool), so CURRENT_TIMESTAMP(3) means the same in both.
 */
let pool: Pool | undefined;

function leanPool(): Pool {
  if (pool) return pool;
  const c = config();
  pool = utcPool({
    host: c.DB_HOST, port: c.DB_PORT, user: c.DB_USER, password: c.DB_PASSWORD, database: c.DB_NAME,
    connectionLimit: Math.max(4, Math.ceil(c.DB_POOL_SIZE / 2)), multipleStatements: true, supportBigNumbers: true, bigNumberStrings: true,
    dateStrings: false, charset: 'utf8mb4',
  });
  return pool;
}

export type SendStatements = (statements: readonly string[], values: readonly unknown[]) => Promise<any[]>;

/**
 * One transaction on a lean connection. `work` sends batches of statements (one round trip each; the
 * answer is one result per statement); the transaction must end with a batch whose last statement is
 * COMMIT, otherwise (and on any error) it is rolled back.
 */
export async function leanTransaction<T>(work: (send: SendStatements) => Promise<T>): Promise<T> {
  const conn: PoolConnection = await leanPool().getConnection();
  let open = false;
  let broken = false;
  const send: SendStatements = async (statements, values) => {
    if (statements[0] === 'START TRANSACTION') open = true;
    const [results] = await conn.query({ sql: statements.join(';\n'), values: [...values] });
    if (statements[statements.length - 1] === 'COMMIT') open = false;
    return statements.length === 1 ? [results] : (results as unknown as any[]);
  };
  try {
    return await work(send);
  } finally {
    if (open) await conn.query('ROLLBACK').catch(() => (broken = true));
    if (broken) conn.destroy();
    else conn.release();
  }
}

export async function closeLeanPool(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
