/** How to reach the DMH database. Each process fills it from its own validated configuration. */
export interface DbOptions {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** Connections in the pool (mysql2 `connectionLimit`); mysql2's default is 10. */
  poolSize?: number;
  /** TypeORM logging: true for everything, or the kinds to log. */
  logging?: boolean | DbLogKind[];
  /**
   * The server's family. 'mysql' (default) works against both at run time; only TypeORM's schema
   * comparison (`createSchemaBuilder().log()`) needs 'mariadb' on a MariaDB server, because MariaDB reports
   * column defaults differently. `detectServerFlavor` tells which one a server is.
   */
  flavor?: DbFlavor;
}

export type DbFlavor = 'mysql' | 'mariadb';
export type DbLogKind = 'query' | 'schema' | 'error' | 'warn' | 'info' | 'log' | 'migration';
