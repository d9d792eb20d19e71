import { z } from 'zod';

/**
 * A DMH row id as text: BIGINT UNSIGNED AUTO_INCREMENT, so 1 to 19 digits without a leading zero (mysql2
 * returns BIGINT as a string, and ids travel as strings everywhere). The one definition every process uses.
 */
export const ID_PATTERN = /^[1-9]\d{0,18}$/;

export const ID_MESSAGE = 'must be a positive integer id';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** An id in a zod schema (commands, events, sync jobs, request parameters). */
export const idSchema = z.string().regex(ID_PATTERN, ID_MESSAGE);
