import * as mysql2 from 'mysql2';
import mysql2Promise, { type Pool, type PoolOptions } from 'mysql2/promise';

/**
 * mysql2 pools whose sessions run in UTC, the one definition every process uses. The pool reads and writes
 * DATETIME as UTC (`timezone: 'Z'`); each new connection is switched to a UTC session time zone too, so the
 * server's own `DEFAULT CURRENT_TIMESTAMP(3)` and `ON UPDATE` values are UTC whatever the server's zone. The
 * SET is queued on the connection ahead of the first query of whoever acquired it.
 */
export function keepSessionsUtc(pool: mysql2.Pool): void {
  pool.on('connection', (connection) => {
    connection.query("SET time_zone = '+00:00'", (error) => {
      if (error) connection.destroy(); // never hand out a connection in the wrong time zone
    });
  });
}

/**
 * A promise pool (mysql2/promise) in UTC: the sync worker's pools, the actors' and the API's lean pools. Without
 * mysql2's `trace` (a stack captured at every query, to show the caller in a failed query's stack: a few % of
 * these processes' CPU on the paid path, bench/README.md); a failed query still carries MySQL's code and message.
 */
export function utcPool(options: PoolOptions): Pool {
  const pool = mysql2Promise.createPool({ trace: false, ...options, timezone: 'Z' });
  keepSessionsUtc(pool.pool);
  return pool;
}

/** mysql2 as TypeORM's driver, with every pool it creates in UTC (data-source.ts). */
export const utcMysql2: typeof mysql2 = {
  ...mysql2,
  createPool(config: mysql2.PoolOptions | string): mysql2.Pool {
    const pool = typeof config === 'string' ? mysql2.createPool(config) : mysql2.createPool(config);
    keepSessionsUtc(pool);
    return pool;
  },
};
