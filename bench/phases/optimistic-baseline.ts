import mysql, { type Pool, type PoolConnection, type ResultSetHeader, type RowDataPacket } from 'mysql2/promise';
import { BENCH_DB, SCRATCH_DB } from '../bench-env';
import { nowMs, round } from '../lib/stats';

/**
 * The two yardsticks of the hot-key phase, run by the benchmark itself on the SAME MariaDB server as DMH,
 * in a scratch schema whose tables are created `LIKE` DMH's own (same columns, keys, engine), so DMH's
 * invariants are not disturbed:
 *  - the seed's design: per credit, one transaction that reads the balance row, updates it with
 *    `version = version + 1 … WHERE version = ?`, and on a lost race (0 rows) rolls back and retries;
 *    otherwise inserts the same ledger row as BalanceActor and marks the reward settled;
 *  - the hardware limit: `UPDATE user_balances SET balance = balance + ? WHERE user_id = ?` on one row,
 *    one per commit (autocommit) over `concurrency` connections, and batched like for like with the actor:
 *    one transaction per actor turn, holding as many increments as that turn credited (the batch sizes the
 *    actor path's step recorded, in order), serially on one connection as the actor runs its turns, each
 *    transaction one multi-statement round trip as the actor's credit turn is.
 * The seed's design runs `concurrency` connections at once, for as many operations as the actor path credited.
 */
const HOT_USER = 1;

async function scratchPool(concurrency: number, multipleStatements = false): Promise<Pool> {
  const admin = await mysql.createConnection({ host: process.env.DB_HOST ?? '127.0.0.1', port: Number(process.env.DB_PORT ?? 3306), user: process.env.DB_USER ?? 'root', password: process.env.DB_PASSWORD ?? '' });
  await admin.query(`DROP DATABASE IF EXISTS \`${SCRATCH_DB}\``);
  await admin.query(`CREATE DATABASE \`${SCRATCH_DB}\``);
  for (const table of ['user_balances', 'balance_ledger', 'rewards']) {
    await admin.query(`CREATE TABLE \`${SCRATCH_DB}\`.\`${table}\` LIKE \`${BENCH_DB}\`.\`${table}\``);
  }
  await admin.end();
  return mysql.createPool({
    host: process.env.DB_HOST ?? '127.0.0.1', port: Number(process.env.DB_PORT ?? 3306), user: process.env.DB_USER ?? 'root',
    password: process.env.DB_PASSWORD ?? '', database: SCRATCH_DB, connectionLimit: concurrency, supportBigNumbers: true, bigNumberStrings: true,
    multipleStatements,
  });
}

/** Runs `count` operations over `concurrency` connections, each worker holding its own connection. */
async function onConnections(pool: Pool, count: number, concurrency: number, op: (conn: PoolConnection, i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const conns = await Promise.all(Array.from({ length: concurrency }, () => pool.getConnection()));
  const start = nowMs();
  await Promise.all(
    conns.map(async (conn) => {
      while (next < count) await op(conn, next++);
    }),
  );
  const wallMs = nowMs() - start;
  conns.forEach((c) => c.release());
  return wallMs;
}

export async function optimisticBaseline(count: number, concurrency: number) {
  const pool = await scratchPool(concurrency);
  try {
    await pool.query('INSERT INTO user_balances (user_id) VALUES (?)', [HOT_USER]);
    const rewards = Array.from({ length: count }, (_, i) => [i + 1, 1, 1, HOT_USER, 1, 1, '10.00', 'pending']);
    for (let i = 0; i < rewards.length; i += 1000) {
      await pool.query('INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status) VALUES ?', [rewards.slice(i, i + 1000)]);
    }
    const [ids] = await pool.query<RowDataPacket[]>('SELECT id FROM rewards ORDER BY id');
    let retries = 0;
    const wallMs = await onConnections(pool, count, concurrency, async (conn, i) => {
      const rewardId = ids[i].id;
      for (;;) {
        await conn.beginTransaction();
        const [[row]] = await conn.query<RowDataPacket[]>('SELECT balance, total_reward, version FROM user_balances WHERE user_id = ?', [HOT_USER]);
        const [upd] = await conn.query<ResultSetHeader>(
          'UPDATE user_balances SET balance = balance + ?, total_reward = total_reward + ?, version = version + 1 WHERE user_id = ? AND version = ?',
          ['10.00', '10.00', HOT_USER, row.version],
        );
        if (upd.affectedRows === 0) {
          await conn.rollback();
          retries += 1;
          continue;
        }
        const after = (Math.round(Number(row.balance) * 100) + 1000) / 100;
        await conn.query(
          "INSERT INTO balance_ledger (user_id, entry_type, ref_id, amount, balance_after, frozen_after, debt_after) VALUES (?, 'reward_credit', ?, '10.00', ?, '0.00', '0.00')",
          [HOT_USER, rewardId, after.toFixed(2)],
        );
        await conn.query("UPDATE rewards SET status = 'settled', settled_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'", [rewardId]);
        await conn.commit();
        return;
      }
    });
    const [[check]] = await pool.query<RowDataPacket[]>(
      `SELECT b.balance, (SELECT COALESCE(SUM(amount), 0) FROM balance_ledger) AS ledger, (SELECT COUNT(*) FROM rewards WHERE status = 'settled') AS settled
         FROM user_balances b WHERE b.user_id = ?`,
      [HOT_USER],
    );
    const consistent = check.balance === check.ledger && Number(check.settled) === count && check.balance === (count * 10).toFixed(2);
    return { credits: count, creditsPerSecond: round(count / (wallMs / 1000)), retries, retriesPerCredit: round(retries / count, 2), consistent };
  } finally {
    await pool.end();
  }
}

export async function rawUpdateLimit(count: number, concurrency: number, batchSizes: readonly number[]) {
  const pool = await scratchPool(concurrency, true);
  try {
    await pool.query('INSERT INTO user_balances (user_id) VALUES (?)', [HOT_USER]);
    const wallMs = await onConnections(pool, count, concurrency, async (conn) => {
      await conn.query('UPDATE user_balances SET balance = balance + ? WHERE user_id = ?', ['0.01', HOT_USER]);
    });
    const increment = 'UPDATE user_balances SET balance = balance + 0.01 WHERE user_id = 1;';
    const batched = batchSizes.length > 0 ? batchSizes : Array.from({ length: count }, () => 1);
    const batchedMs = await onConnections(pool, batched.length, 1, async (conn, i) => {
      await conn.query(`START TRANSACTION;${increment.repeat(batched[i])}COMMIT;`);
    });
    const increments = batched.reduce((a, b) => a + b, 0);
    const [[row]] = await pool.query<RowDataPacket[]>('SELECT balance FROM user_balances WHERE user_id = ?', [HOT_USER]);
    return {
      updates: count,
      updatesPerSecond: round(count / (wallMs / 1000)),
      batchedTransactions: batched.length,
      batchedIncrements: increments,
      batchedIncrementsPerSecond: round(increments / (batchedMs / 1000)),
      consistent: row.balance === ((count + increments) / 100).toFixed(2),
    };
  } finally {
    await pool.end();
    const admin = await mysql.createConnection({ host: process.env.DB_HOST ?? '127.0.0.1', port: Number(process.env.DB_PORT ?? 3306), user: process.env.DB_USER ?? 'root', password: process.env.DB_PASSWORD ?? '' });
    await admin.query(`DROP DATABASE IF EXISTS \`${SCRATCH_DB}\``);
    await admin.end();
  }
}
