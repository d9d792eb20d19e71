import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Target passwords at rest: AES-256-GCM with a random 96-bit IV, the brand id as additional authenticated
 * data (a ciphertext copied to another brand's row does not decrypt), and the key's id in the envelope so a
 * wrong key is told apart from a tampered value. Format: `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url).
 */
export class CredentialsCipher {
  private readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the credentials key must be 32 bytes (AES-256)');
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  }

  encrypt(plaintext: string, brandId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(aad(brandId));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v1', this.keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  decrypt(envelope: string, brandId: string): string {
    const parts = envelope.split(':');
    if (parts.length !== 5 || parts[0] !== 'v1') throw new CredentialsError('the stored password is not a v1 envelope');
    const [, keyId, iv, tag, ciphertext] = parts;
    if (keyId !== this.keyId) throw new CredentialsError(`the stored password was encrypted with another key (${keyId}); set SYNC_CREDENTIALS_KEY to it or save the password again`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(aad(brandId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new CredentialsError('the stored password failed authentication (tampered, or saved for another brand)');
    }
  }
}

export type Cipher = Pick<CredentialsCipher, 'encrypt' | 'decrypt'>;

/** A cipher whose key is loaded on first use; a key that cannot be loaded fails each use with CredentialsError. */
export function lazyCipher(load: () => Buffer): Cipher {
  let cipher: CredentialsCipher | undefined;
  const get = (): CredentialsCipher => {
    try {
      cipher ??= new CredentialsCipher(load());
      return cipher;
    } catch (err) {
      throw new CredentialsError(`no credentials key: ${(err as Error).message}`);
    }
  };
  return { encrypt: (plaintext, brandId) => get().encrypt(plaintext, brandId), decrypt: (envelope, brandId) => get().decrypt(envelope, brandId) };
}

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

function aad(brandId: string): Buffer {
  return Buffer.from(`dmh-sync-target:${brandId}`, 'utf8');
}

/** A key from its text form: 32 bytes as base64 (44 chars) or hex (64 chars). */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error('SYNC_CREDENTIALS_KEY must be 32 bytes, base64 or hex');
  return key;
}

/**
 * The key: SYNC_CREDENTIALS_KEY when set; otherwise (never in production) a key file, created with a fresh
 * random key on first use and readable by its owner only.
 */
export function loadCredentialsKey(opts: { key?: string; file: string; production: boolean }): Buffer {
  if (opts.key) return parseKey(opts.key);
  if (fs.existsSync(opts.file)) return parseKey(fs.readFileSync(opts.file, 'utf8'));
  if (opts.production) throw new Error('SYNC_CREDENTIALS_KEY must be set in production');
  fs.mkdirSync(path.dirname(opts.file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  try {
    fs.writeFileSync(opts.file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch {
    return parseKey(fs.readFileSync(opts.file, 'utf8')); // another process created it first
  }
}
