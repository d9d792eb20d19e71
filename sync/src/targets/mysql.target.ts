import type { Pool, PoolConnection } from 'mysql2/promise';
import type { MappedRow } from '../mapping/field-mapping';
import { utcPool } from '../runtime/mysql-pool';
import { MYSQL_HEALTH_SQL, mysqlProbe, mysqlSelectByKeys, mysqlUpsert } from './sql/mysql.sql';
import { chunk, type SelectColumns } from './sql/statement';
import { type TargetAdapter, type TargetConnection, type TargetRow, toTargetRow } from './target-adapter';

/** MySQL / MariaDB target through mysql2: `INSERT … ON DUPLICATE KEY UPDATE`, sessions in UTC. */
export class MysqlTarget implements TargetAdapter {
  readonly kind = 'mysql' as const;
  private readonly pool: Pool;

  constructor(private readonly c: TargetConnection) {
    this.pool = utcPool({
      host: c.host, port: c.port, user: c.username, password: c.password, database: c.database, connectionLimit: 4,
      connectTimeout: c.connectTimeoutMs, decimalNumbers: false, supportBigNumbers: true, bigNumberStrings: true,
      ssl: c.encrypt ? { rejectUnauthorized: !c.trustServerCertificate } : undefined,
    });
  }

  async upsert(rows: MappedRow[]): Promise<void> {
    await this.inTransaction(async (conn) => {
      for (const row of rows) {
        const st = mysqlUpsert(row);
        await conn.query({ sql: st.sql, values: st.binds, timeout: this.c.queryTimeoutMs });
      }
    });
  }

  async fetchByKeys(table: SelectColumns, keys: string[]): Promise<TargetRow[]> {
    const out: TargetRow[] = [];
    for (const part of chunk(keys)) {
      const st = mysqlSelectByKeys(table, part);
      const [rows] = await this.pool.query({ sql: st.sql, values: st.binds, rowsAsArray: true, timeout: this.c.queryTimeoutMs });
      for (const r of rows as unknown[][]) out.push(toTargetRow(r));
    }
    return out;
  }

  async healthCheck(): Promise<void> {
    await this.pool.query({ sql: MYSQL_HEALTH_SQL, timeout: this.c.queryTimeoutMs });
  }

  async probeTable(table: SelectColumns): Promise<void> {
    await this.pool.query({ sql: mysqlProbe(table).sql, timeout: this.c.queryTimeoutMs });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async inTransaction(work: (conn: PoolConnection) => Promise<void>): Promise<void> {
    const conn = await this.pool.getConnection();
    try {
      await conn.beginTransaction();
      await work(conn);
      await conn.commit();
    } catch (err) {
      await conn.rollback().catch(() => undefined);
      throw err;
    } finally {
      conn.release();
    }
  }
}
