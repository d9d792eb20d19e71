import { database } from '../common/database';

/** Whether MySQL answers a trivial query right now (throws if not). */
export async function pingDatabase(): Promise<void> {
  await database().query('SELECT 1');
}
