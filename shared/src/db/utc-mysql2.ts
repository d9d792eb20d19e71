import * as mysql2 from 'mysql2';

/**
 * mysql2 with every new pooled connection switched to a UTC session time zone. The pool already reads and
 * writes DATETIME as UTC (`timezone: 'Z'`); this makes the server's own `DEFAULT CURRENT_TIMESTAMP(3)` and
 * `ON UPDATE` values UTC too, whatever the server's time zone. The SET is queued on the connection ahead of
 * the first query of whoever acquired it.
 */
export const utcMysql2: typeof mysql2 = {
  ...mysql2,
  createPool(config: mysql2.PoolOptions | string): mysql2.Pool {
    const pool = typeof config === 'string' ? mysql2.createPool(config) : mysql2.createPool(config);
    pool.on('connection', (connection) => {
      connection.query("SET time_zone = '+00:00'", (error) => {
        if (error) connection.destroy(); // never hand out a connection in the wrong time zone
      });
    });
    return pool;
  },
};
