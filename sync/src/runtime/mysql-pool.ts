import mysql, { Pool, PoolOptions } from 'mysql2/promise';

/**
 * A mysql2 pool whose sessions run in UTC, so the server's own CURRENT_TIMESTAMP(3) values are UTC like
 * everything DMH writes (the DMH side and a MySQL target alike).
 */
export function utcPool(options: PoolOptions): Pool {
  const pool = mysql.createPool({ ...options, timezone: 'Z' });
  pool.pool.on('connection', (connection) => {
    connection.query("SET time_zone = '+00:00'", (error) => {
      if (error) connection.destroy();
    });
  });
  return pool;
}
