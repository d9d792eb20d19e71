import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A new order number, also WeChat Pay's out_trade_no (6–32 of [0-9A-Za-z_-|*]): 'D', the UTC time to the
 * second, 12 random characters (60 bits), so it cannot be guessed and sorts by time.
 */
export function newOrderNo(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  let tail = '';
  for (let i = 0; i < 12; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `D${stamp}${tail}`;
}
