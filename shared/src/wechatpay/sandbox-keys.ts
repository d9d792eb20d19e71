/**
 * The sandbox's key material, in files so the sandbox and the API (in development) share it:
 * the WeChat Pay platform key pair with its PUB_KEY_ID, the APIv3 key, and the merchant API key pair
 * with its certificate serial. Generated on first use; never used outside development and tests.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { certificateSerial, pubKeyId } from './ids';
import { toRsaPrivateKey, toRsaPublicKey } from './keys';

/** The API's config default too: both processes must find the same directory. */
export const DEFAULT_SANDBOX_KEYS_DIR = join(homedir(), '.local', 'state', 'dmh', 'wechatpay-sandbox');

/** File names follow what the merchant platform hands out (pub_key.pem, apiclient_key.pem). */
export const SANDBOX_KEY_FILES = {
  platformPrivateKey: 'wechatpay_private_key.pem',
  platformPublicKey: 'pub_key.pem',
  pubKeyId: 'pub_key_id.txt',
  apiV3Key: 'apiv3_key.txt',
  merchantPrivateKey: 'apiclient_key.pem',
  merchantPublicKey: 'apiclient_public_key.pem',
  merchantSerial: 'apiclient_serial.txt',
} as const;

type KeyFile = keyof typeof SANDBOX_KEY_FILES;
const ALL_FILES = Object.keys(SANDBOX_KEY_FILES) as KeyFile[];
const PRIVATE_FILES: readonly KeyFile[] = ['platformPrivateKey', 'apiV3Key', 'merchantPrivateKey'];

export interface SandboxKeys {
  dir: string;
  apiV3Key: string;
  pubKeyId: string;
  platformPrivateKey: KeyObject;
  platformPublicKey: KeyObject;
  platformPublicKeyPem: string;
  merchantSerial: string;
  merchantPrivateKey: KeyObject;
  merchantPublicKey: KeyObject;
}

export function loadOrCreateSandboxKeys(dir: string = DEFAULT_SANDBOX_KEYS_DIR): SandboxKeys {
  if (presentFiles(dir).length === 0) createAtomically(dir);
  const present = presentFiles(dir);
  if (present.length !== ALL_FILES.length) {
    throw new Error(`incomplete WeChat Pay sandbox key set in ${dir} (has ${present.join(', ') || 'none'}): delete it to regenerate`);
  }
  return load(dir);
}

function presentFiles(dir: string): KeyFile[] {
  return ALL_FILES.filter((file) => existsSync(join(dir, SANDBOX_KEY_FILES[file])));
}

function load(dir: string): SandboxKeys {
  const read = (file: KeyFile) => readFileSync(join(dir, SANDBOX_KEY_FILES[file]), 'utf8');
  const apiV3Key = read('apiV3Key').trim();
  if (Buffer.byteLength(apiV3Key) !== 32) throw new Error(`${SANDBOX_KEY_FILES.apiV3Key} in ${dir} is not 32 bytes`);
  return {
    dir,
    apiV3Key,
    pubKeyId: read('pubKeyId').trim(),
    platformPrivateKey: toRsaPrivateKey(read('platformPrivateKey')),
    platformPublicKey: toRsaPublicKey(read('platformPublicKey')),
    platformPublicKeyPem: read('platformPublicKey'),
    merchantSerial: read('merchantSerial').trim(),
    merchantPrivateKey: toRsaPrivateKey(read('merchantPrivateKey')),
    merchantPublicKey: toRsaPublicKey(read('merchantPublicKey')),
  };
}

/**
 * Writes a full set into a fresh sibling directory, then renames it into place, so two processes
 * starting together (API and sandbox) never mix halves of two sets: the loser of the rename discards
 * its own set and loads the winner's.
 */
function createAtomically(dir: string): void {
  mkdirSync(dirname(dir), { recursive: true });
  const staging = `${dir}.staging-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(staging, { mode: 0o700 });
  try {
    for (const [file, content] of Object.entries(generate()) as [KeyFile, string][]) {
      writeFileSync(join(staging, SANDBOX_KEY_FILES[file]), content, { mode: PRIVATE_FILES.includes(file) ? 0o600 : 0o644 });
    }
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
}

function generate(): Record<KeyFile, string> {
  const pemPair = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
  const platform = pemPair();
  const merchant = pemPair();
  return {
    platformPrivateKey: platform.privateKey,
    platformPublicKey: platform.publicKey,
    pubKeyId: `${pubKeyId()}\n`,
    apiV3Key: `${randomBytes(16).toString('hex')}\n`,
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    merchantSerial: `${certificateSerial()}\n`,
  };
}
