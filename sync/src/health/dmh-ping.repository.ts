import type { Pool } from 'mysql2/promise';

/** Whether DMH's own database answers a trivial query right now (rejects if not). */
export async function pingDmhDatabase(pool: Pool): Promise<void> {
  await pool.query('SELECT 1');
}
