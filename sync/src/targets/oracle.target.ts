import oracledb, { type Connection, type Pool } from 'oracledb';
import type { MappedRow } from '../mapping/field-mapping';
import { ORACLE_HEALTH_SQL, oracleProbe, oracleSelectByKeys, oracleUpsert } from './sql/oracle.sql';
import { chunk, type SelectColumns } from './sql/statement';
import { type TargetAdapter, type TargetConnection, type TargetRow, toTargetRow } from './target-adapter';

/** ORA-00001: two first writes of one id raced in MERGE; the second one retries and then matches. */
const UNIQUE_VIOLATION = /ORA-00001/;

/**
 * Oracle target through node-oracledb in thin mode (pure JavaScript, no Instant Client):
 * `MERGE … USING DUAL` with bind variables, in one transaction per order, committed explicitly.
 * Connect string `host:port/service_name`; connect and call timeouts from the target's options.
 */
export class OracleTarget implements TargetAdapter {
  readonly kind = 'oracle' as const;
  private pool: Promise<Pool> | undefined;

  constructor(private readonly c: TargetConnection) {}

  async upsert(rows: MappedRow[]): Promise<void> {
    await this.withConnection(async (conn) => {
      try {
        for (const row of rows) await this.merge(conn, row);
        await conn.commit();
      } catch (err) {
        await conn.rollback().catch(() => undefined);
        throw err;
      }
    });
  }

  async fetchByKeys(table: SelectColumns, keys: string[]): Promise<TargetRow[]> {
    return this.withConnection(async (conn) => {
      const out: TargetRow[] = [];
      for (const part of chunk(keys)) {
        const st = oracleSelectByKeys(table, part);
        const result = await conn.execute(st.sql, st.binds, { outFormat: oracledb.OUT_FORMAT_ARRAY });
        for (const r of result.rows ?? []) out.push(toTargetRow(r));
      }
      return out;
    });
  }

  async healthCheck(): Promise<void> {
    await this.withConnection((conn) => conn.execute(ORACLE_HEALTH_SQL));
  }

  async probeTable(table: SelectColumns): Promise<void> {
    await this.withConnection((conn) => conn.execute(oracleProbe(table).sql));
  }

  async close(): Promise<void> {
    const pool = await this.pool?.catch(() => undefined);
    this.pool = undefined;
    await pool?.close(0);
  }

  private async merge(conn: Connection, row: MappedRow): Promise<void> {
    const st = oracleUpsert(row);
    try {
      await conn.execute(st.sql, st.binds, { autoCommit: false });
    } catch (err) {
      if (!UNIQUE_VIOLATION.test(String((err as Error).message))) throw err;
      await conn.execute(st.sql, st.binds, { autoCommit: false });
    }
  }

  private async withConnection<T>(work: (conn: Connection) => Promise<T>): Promise<T> {
    const pool = await this.openPool();
    const conn = await pool.getConnection();
    conn.callTimeout = this.c.queryTimeoutMs;
    try {
      return await work(conn);
    } finally {
      await conn.close().catch(() => undefined);
    }
  }

  private openPool(): Promise<Pool> {
    const seconds = Math.max(1, Math.ceil(this.c.connectTimeoutMs / 1000));
    this.pool ??= oracledb.createPool({
      user: this.c.username,
      password: this.c.password,
      connectString: `${this.c.host}:${this.c.port}/${this.c.database}`,
      poolMin: 0,
      poolMax: 4,
      poolIncrement: 1,
      poolTimeout: 60,
      queueTimeout: this.c.connectTimeoutMs + this.c.queryTimeoutMs,
      connectTimeout: seconds,
      transportConnectTimeout: seconds,
      expireTime: 1, // minutes between keep-alive probes of idle connections (dead peers are noticed)
    });
    this.pool.catch(() => (this.pool = undefined));
    return this.pool;
  }
}
