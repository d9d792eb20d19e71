import sql from 'mssql';
import type { MappedRow } from '../mapping/field-mapping';
import type { Statement } from './sql/statement';
import { SQLSERVER_HEALTH_SQL, type SqlServerBind, sqlServerProbe, sqlServerSelectByKeys, sqlServerUpsert } from './sql/sqlserver.sql';
import { chunk, type SelectColumns } from './sql/statement';
import { type TargetAdapter, type TargetConnection, type TargetRow, toTargetRow } from './target-adapter';

const TYPES = { NVarChar: sql.NVarChar, BigInt: sql.BigInt, Float: sql.Float, Bit: sql.Bit, DateTime2: sql.DateTime2 } as const;

/**
 * SQL Server target through mssql (tedious): `MERGE … WITH (HOLDLOCK)` with typed parameters, in one
 * transaction per order. A pool whose connect failed is discarded, so the next attempt connects afresh.
 */
export class SqlServerTarget implements TargetAdapter {
  readonly kind = 'sqlserver' as const;
  private pool: Promise<sql.ConnectionPool> | undefined;

  constructor(private readonly c: TargetConnection) {}

  async upsert(rows: MappedRow[]): Promise<void> {
    const pool = await this.connect();
    const tx = new sql.Transaction(pool);
    await tx.begin();
    try {
      for (const row of rows) await run(new sql.Request(tx), sqlServerUpsert(row));
      await tx.commit();
    } catch (err) {
      await tx.rollback().catch(() => undefined);
      throw err;
    }
  }

  async fetchByKeys(table: SelectColumns, keys: string[]): Promise<TargetRow[]> {
    const pool = await this.connect();
    const out: TargetRow[] = [];
    for (const part of chunk(keys)) {
      const request = pool.request();
      request.arrayRowMode = true;
      const result = await run(request, sqlServerSelectByKeys(table, part));
      for (const r of result.recordset as unknown as unknown[][]) out.push(toTargetRow(r));
    }
    return out;
  }

  async healthCheck(): Promise<void> {
    const pool = await this.connect();
    await pool.request().query(SQLSERVER_HEALTH_SQL);
  }

  async probeTable(table: SelectColumns): Promise<void> {
    const pool = await this.connect();
    await pool.request().query(sqlServerProbe(table).sql);
  }

  async close(): Promise<void> {
    const pool = await this.pool?.catch(() => undefined);
    this.pool = undefined;
    await pool?.close();
  }

  private connect(): Promise<sql.ConnectionPool> {
    this.pool ??= new sql.ConnectionPool({
      server: this.c.host,
      port: this.c.port,
      database: this.c.database,
      user: this.c.username,
      password: this.c.password,
      connectionTimeout: this.c.connectTimeoutMs,
      requestTimeout: this.c.queryTimeoutMs,
      pool: { min: 0, max: 4, idleTimeoutMillis: 60_000 },
      options: { encrypt: this.c.encrypt, trustServerCertificate: this.c.trustServerCertificate, useUTC: true },
    }).connect();
    this.pool.catch(() => (this.pool = undefined));
    return this.pool;
  }
}

function run(request: sql.Request, st: Statement<SqlServerBind>): Promise<sql.IResult<unknown>> {
  for (const p of st.binds) request.input(p.name, TYPES[p.type], p.value);
  return request.query(st.sql);
}
