// The part of node-oracledb 26 (thin mode) the Oracle target uses; the package ships no type declarations.
declare module 'oracledb' {
  export const OUT_FORMAT_ARRAY: number;
  export interface PoolAttributes {
    user: string;
    password: string;
    connectString: string;
    poolMin?: number;
    poolMax?: number;
    poolIncrement?: number;
    poolTimeout?: number;
    queueTimeout?: number;
    connectTimeout?: number;
    transportConnectTimeout?: number;
    expireTime?: number;
  }
  export interface ExecuteOptions {
    autoCommit?: boolean;
    outFormat?: number;
  }
  export interface Result {
    rows?: unknown[][];
    rowsAffected?: number;
  }
  export interface Connection {
    callTimeout: number;
    execute(sql: string, binds?: unknown[], options?: ExecuteOptions): Promise<Result>;
    commit(): Promise<void>;
    rollback(): Promise<void>;
    close(): Promise<void>;
  }
  export interface Pool {
    getConnection(): Promise<Connection>;
    close(drainTime?: number): Promise<void>;
  }
  export function createPool(attrs: PoolAttributes): Promise<Pool>;
  const oracledb: { OUT_FORMAT_ARRAY: number; createPool: typeof createPool };
  export default oracledb;
}
