import { AppError } from './app-error';

/**
 * Failures that say "a dependency is down or busy right now", not "this request is wrong" or "this code is
 * broken": the database refusing or dropping connections (a restart, a failover, too many connections), a
 * deadlock or lock wait given up on. Such a request may simply be sent again, so the client is answered
 * 503 with Retry-After (WeChat Pay then re-sends its notification) instead of 500.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR', 'POOL_CLOSED',
]);

const SERVER_ERRNOS = new Set([
  1040, // too many connections
  1053, // server shutdown in progress
  1077, // normal shutdown
  1205, // lock wait timeout exceeded
  1213, // deadlock found: the transaction was rolled back
  1927, // MariaDB: connection was killed
  2002, 2003, 2006, 2013, // cannot connect, server gone away, lost connection
  4031, // MySQL 8: disconnected by the server because of inactivity
]);

interface Failure {
  code?: unknown;
  errno?: unknown;
  fatal?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

export function isDependencyOutage(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as Failure;
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.errno === 'number' && SERVER_ERRNOS.has(e.errno)) return true;
  // mysql2 marks an error that killed the connection `fatal`; TypeORM keeps the driver's error inside.
  if (e.fatal === true && typeof e.code === 'string' && !e.code.startsWith('ER_')) return true;
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => x !== err && isDependencyOutage(x, depth + 1));
}

/** The 503 to answer for an outage, or null when the error is something else. */
export function outageAnswer(err: unknown): AppError | null {
  return isDependencyOutage(err) ? AppError.unavailable('the database') : null;
}
