/**
 * Recognising the constraint errors the schema raises on purpose (a duplicate sign-up, a second reward for
 * the same order level, a balance that would go negative), on MySQL 8 and MariaDB alike. Match on `errno`:
 * mysql2 names codes after MySQL's table, so MariaDB's 4025 arrives with a misleading `code`.
 */
export const ER_DUP_ENTRY = 1062;
/** MySQL 8.0.16+: "Check constraint 'chk_…' is violated." */
export const ER_CHECK_CONSTRAINT_VIOLATED = 3819;
/** MariaDB: "CONSTRAINT `chk_…` failed for …". */
export const ER_CONSTRAINT_FAILED = 4025;

interface SqlError {
  errno?: number;
  sqlMessage?: string;
  message?: string;
  driverError?: SqlError;
}

function sqlError(error: unknown): SqlError {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as SqlError;
  return e.driverError ?? e; // TypeORM's QueryFailedError wraps mysql2's error
}

/**
 * A unique-key violation, optionally of one key by name (e.g. 'uk_campaign_phone'). MySQL 8 reports the
 * key as 'orders.uk_campaign_phone', MariaDB as 'uk_campaign_phone'.
 */
export function isDuplicateKeyError(error: unknown, key?: string): boolean {
  const e = sqlError(error);
  if (e.errno !== ER_DUP_ENTRY) return false;
  if (key === undefined) return true;
  const message = e.sqlMessage ?? e.message ?? '';
  return message.endsWith(`for key '${key}'`) || message.endsWith(`.${key}'`);
}

/** A CHECK constraint violation, optionally of one constraint by name (e.g. 'chk_balance_non_negative'). */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const e = sqlError(error);
  if (e.errno !== ER_CHECK_CONSTRAINT_VIOLATED && e.errno !== ER_CONSTRAINT_FAILED) return false;
  if (constraint === undefined) return true;
  const message = e.sqlMessage ?? e.message ?? '';
  return message.includes(`'${constraint}'`) || message.includes(`\`${constraint}\``);
}
