import type { Pool, PoolConnection } from 'mysql2/promise';
import type { DbOptions } from './db-config';
import { utcPool } from './utc-pool';

/**
 * A small pool beside a process's main one, for its hottest transactions, whose connections accept several
 * statements per round trip (mysql2 `multipleStatements`). A transaction is then 1–2 round trips to MySQL
 * instead of one per statement; on this kind of machine a round trip (two processes woken, four system calls)
 * costs more CPU than the statement itself (bench/README.md). Every value still goes through `?`
 * placeholders, escaped by the driver: statements are joined, values are never concatenated. Sessions are UTC
 * like the main pool's (utcPool), so CURRENT_TIMESTAMP(3) means the same in both.
 */
export function leanPool(opts: DbOptions, connectionLimit: number): Pool {
  return utcPool({
    host: opts.host, port: opts.port, user: opts.user, password: opts.password, database: opts.database,
    connectionLimit, multipleStatements: true, supportBigNumbers: true, bigNumberStrings: true, dateStrings: false, charset: 'utf8mb4',
  });
}

/** Sends one batch of statements in one round trip; the answer is one result per statement. */
export type SendStatements = (statements: readonly string[], values: readonly unknown[]) => Promise<any[]>;

/**
 * One transaction on a lean connection. `work` sends batches of statements; the transaction opens with a
 * batch whose first statement is START TRANSACTION and must end with a batch whose last statement is COMMIT,
 * otherwise (and on any error, whichever statement of a batch failed: MySQL runs none after it) it is rolled
 * back. A connection whose rollback failed is destroyed, never returned to the pool half-way through.
 */
export async function leanTransaction<T>(pool: Pool, work: (send: SendStatements) => Promise<T>): Promise<T> {
  const conn: PoolConnection = await pool.getConnection();
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

/**
 * A process's lean pool, opened on first use from its configuration (read then, not at import) with half the
 * main pool's connections (at least 4), and closed at shutdown.
 */
export class LeanSql {
  private pool: Pool | undefined;

  constructor(private readonly optionsOf: () => DbOptions) {}

  transaction<T>(work: (send: SendStatements) => Promise<T>): Promise<T> {
    if (!this.pool) {
      const opts = this.optionsOf();
      this.pool = leanPool(opts, Math.max(4, Math.ceil((opts.poolSize ?? 10) / 2)));
    }
    return leanTransaction(this.pool, work);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }
}

/** ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT: the transaction was rolled back whole and may be run again. */
const LOCK_CONFLICTS = new Set([1213, 1205]);

/**
 * Runs a transaction again when MySQL rolled it back as a deadlock victim (or it gave up waiting for a lock),
 * up to `attempts` times with a short random pause: the transaction must be one that can simply be run again
 * (it re-reads what it decides on). `onRetry` hears each conflict (for the log). Any other error is thrown.
 */
export async function retryOnLockConflict<T>(run: () => Promise<T>, onRetry?: (err: unknown, attempt: number) => void, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !LOCK_CONFLICTS.has((err as { errno?: number }).errno ?? 0)) throw err;
      onRetry?.(err, attempt);
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
  }
}
