/** Identifiers in the shapes WeChat Pay uses, for the sandbox and the tests. */
import { randomBytes, randomInt } from 'node:crypto';
import { beijingCompact } from './time';

export function randomDigits(length: number): string {
  return Array.from({ length }, () => randomInt(10)).join('');
}

/** 28 digits: '4200' + yyyyMMdd + 16 digits, like 4200001234202406088123456789. */
export function transactionId(ms: number): string {
  return `4200${beijingCompact(ms).slice(0, 8)}${randomDigits(16)}`;
}

/** 29 digits starting with '50', like 50300603042019112011186071820. */
export function refundId(): string {
  return `50${randomDigits(27)}`;
}

/** 'wx' + MMddHHmmss + 4 digits + 20 hex, 36 characters, like wx26112221580621e9b071c00d9e093b0000. */
export function prepayId(ms: number): string {
  return `wx${beijingCompact(ms).slice(4)}${randomDigits(4)}${randomBytes(10).toString('hex')}`;
}

/** 'PUB_KEY_ID_' + 28 digits, like PUB_KEY_ID_0114232134912410000000000000. */
export function pubKeyId(): string {
  return `PUB_KEY_ID_01${randomDigits(26)}`;
}

/** 40 upper-case hex digits, like a WeChat Pay certificate serial number. */
export function certificateSerial(): string {
  return randomBytes(20).toString('hex').toUpperCase();
}
