import { utcPool } from '@dmh/shared';
import type { Pool, PoolConnection } from 'mysql2/promise';
import type { MappedRow } from '../mapping/field-mapping';
import { MYSQL_HEALTH_SQL, mysqlProbe, mysqlSelectByKeys, mysqlUpsertStatements } from './sql/mysql.sql';
import { chunk, type SelectColumns } from './sql/statement';
import { type TargetAdapter, type TargetConnection, type TargetRow, toTargetRow } from './target-adapter';

/** MySQL / MariaDB target through mysql2: `INSERT … ON DUPLICATE KEY UPDATE`, sessions in UTC. */
export class MysqlTarget implements TargetAdapter {
  readonly kind = 'mysql' as const;
  private readonly pool: Pool;

  constructor(private readonly c: TargetConnection) {
    this.pool = utcPool({
      host: c.host, port: c.port, user: c.username, password: c.password, database: c.database, connectionLimit: 4,
      connectTimeout: c.connectTimeoutMs, decimalNumbers: false, supportBigNumbers: true, bigNumberStrings: true, multipleStatements: true,
      ssl: c.encrypt ? { rejectUnauthorized: !c.trustServerCertificate } : undefined,
    });
  }

  /**
   * The orders and their rewards in one transaction and one round trip: [START TRANSACTION, one multi-row upsert
   * per table, COMMIT] on a connection that accepts several statements (values still through placeholders). MySQL
   * runs none of a batch's statements after one that fails, so the transaction is then still open: rolled back
   * here, or the connection destroyed if it broke (withConnection).
   */
  async upsert(rows: MappedRow[]): Promise<void> {
    const statements = mysqlUpsertStatements(rows);
    const timeout = this.c.queryTimeoutMs;
    await this.withConnection(async (conn) => {
      try {
        await conn.query({ sql: ['START TRANSACTION', ...statements.map((st) => st.sql), 'COMMIT'].join(';\n'), values: statements.flatMap((st) => st.binds), timeout });
      } catch (err) {
        if (!isBroken(err)) await conn.query({ sql: 'ROLLBACK', timeout }).catch(() => undefined);
        throw err;
      }
    });
  }

  async fetchByKeys(table: SelectColumns, keys: string[]): Promise<TargetRow[]> {
    const out: TargetRow[] = [];
    for (const part of chunk(keys)) {
      const st = mysqlSelectByKeys(table, part);
      const rows = await this.withConnection(async (conn) => (await conn.query({ sql: st.sql, values: st.binds, rowsAsArray: true, timeout: this.c.queryTimeoutMs }))[0]);
      for (const r of rows as unknown[][]) out.push(toTargetRow(r));
    }
    return out;
  }

  async healthCheck(): Promise<void> {
    await this.withConnection((conn) => conn.query({ sql: MYSQL_HEALTH_SQL, timeout: this.c.queryTimeoutMs }));
  }

  async probeTable(table: SelectColumns): Promise<void> {
    await this.withConnection((conn) => conn.query({ sql: mysqlProbe(table).sql, timeout: this.c.queryTimeoutMs }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Every statement of the transaction has the query timeout, START TRANSACTION and COMMIT included: on a
   * server that stopped answering (a dead network path), a pooled connection would otherwise wait forever.
   */
  /**
   * A connection of the pool for `work`. mysql2 answers a query timeout with an error but leaves the
   * statement pending on the connection: returned to the pool, it would stall whoever takes it next. So a
   * connection that timed out or broke is destroyed, never released.
   */
  private async withConnection<T>(work: (conn: PoolConnection) => Promise<T>): Promise<T> {
    const conn = await this.pool.getConnection();
    let broken = false;
    try {
      return await work(conn);
    } catch (err) {
      broken = isBroken(err);
      throw err;
    } finally {
      if (broken) conn.destroy();
      else conn.release();
    }
  }
}

/** A query timeout, or an error mysql2 marks fatal for the connection. */
function isBroken(err: unknown): boolean {
  const e = err as { code?: unknown; fatal?: unknown } | null;
  return e?.code === 'PROTOCOL_SEQUENCE_TIMEOUT' || e?.fatal === true;
}
