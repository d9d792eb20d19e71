import assert from 'node:assert/strict';
import { type Evidence, type FaultTrace, linesMatching } from './evidence';

/**
 * What MariaDB and Redis wrote to their logs (`<state>/logs/<name>.log`, their stderr/stdout: MariaDB's
 * error log) across the fault: how they stopped and how they came back.
 */

const CLEAN_STOP: Record<'mariadb' | 'redis', RegExp> = {
  mariadb: /mariadbd: Shutdown complete/,
  redis: /Redis is now ready to exit, bye bye/,
};

/** The server shut down cleanly (its own shutdown code ran to the end). */
export function cleanShutdown(t: FaultTrace, name: 'mariadb' | 'redis', label: string): Evidence {
  return { what: `${label} shut down cleanly before its restart`, seen: linesMatching(t.logSince(name), CLEAN_STOP[name]) };
}

const RECOVERY_FROM = /InnoDB: Starting crash recovery from checkpoint LSN=(\d+)/;
const END_OF_LOG = /InnoDB: End of log at LSN=(\d+)/;

/**
 * After a crash, InnoDB's start replays the redo log from the last checkpoint ("Starting crash recovery from
 * checkpoint LSN=a", "End of log at LSN=b"); after a clean shutdown it does not. Killed mid-burst, the log
 * must end past the checkpoint (b > a): there were committed changes only the redo log held, and recovery
 * applied them (the money checks then show none was lost).
 */
export function innoDbCrashRecovery(t: FaultTrace): Evidence {
  const log = t.logSince('mariadb');
  assert.doesNotMatch(log, CLEAN_STOP.mariadb, 'MariaDB was killed, not shut down');
  const from = RECOVERY_FROM.exec(log);
  const end = END_OF_LOG.exec(log);
  const replayed = from && end ? Number(end[1]) - Number(from[1]) : 0;
  console.log(`# mariadb-crash: InnoDB recovery from checkpoint LSN ${from?.[1] ?? '-'} to end of log ${end?.[1] ?? '-'}`);
  return { what: 'InnoDB crash recovery replayed redo log past its checkpoint on restart', seen: replayed > 0 ? 1 : 0 };
}

/** A clean restart must not need crash recovery (the stop's grace period let InnoDB flush and close). */
export function assertNoCrashRecovery(t: FaultTrace): void {
  assert.doesNotMatch(t.logSince('mariadb'), RECOVERY_FROM, 'a clean MariaDB restart ran no crash recovery');
}

/**
 * Redis killed (no final fsync, no RDB snapshot at exit) came back with its data read from the append-only
 * file: the notification feeds, their dedupe marks, the pub/sub streams and their consumer groups. The
 * checks that follow (every reward announced exactly once) show nothing was lost or replayed twice.
 */
export function redisReloadedFromAof(t: FaultTrace): Evidence {
  const log = t.logSince('redis');
  assert.doesNotMatch(log, CLEAN_STOP.redis, 'Redis was killed, not shut down');
  return { what: 'Redis reloaded its data from the append-only file after the crash', seen: linesMatching(log, /DB loaded from append only file/) };
}
