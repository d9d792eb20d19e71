/** Loading of the RSA keys used by WeChat Pay API v3, with the checks a misconfiguration needs. */
import { KeyObject, X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';

/**
 * A verification key from a KeyObject, a public key PEM or a platform certificate PEM. A certificate
 * must carry the serial it is configured under, so a wrong mapping fails at start-up, not at payment.
 */
export function toRsaPublicKey(key: KeyObject | string, serial?: string): KeyObject {
  let publicKey: KeyObject;
  if (typeof key === 'string' && key.includes('-----BEGIN CERTIFICATE-----')) {
    const certificate = new X509Certificate(key);
    if (serial !== undefined && certificate.serialNumber.toUpperCase() !== serial.toUpperCase()) {
      throw new Error(`WeChat Pay certificate configured under serial ${serial} has serial ${certificate.serialNumber}`);
    }
    publicKey = certificate.publicKey;
  } else {
    publicKey = typeof key === 'string' ? createPublicKey(key) : key;
  }
  assertRsa(publicKey, 'public', serial);
  return publicKey;
}

/** A signing key from a KeyObject or a PKCS#8 / PKCS#1 PEM (`apiclient_key.pem`). */
export function toRsaPrivateKey(key: KeyObject | string): KeyObject {
  const privateKey = typeof key === 'string' ? createPrivateKey(key) : key;
  assertRsa(privateKey, 'private');
  return privateKey;
}

function assertRsa(key: KeyObject, type: 'public' | 'private', serial?: string): void {
  if (key.type !== type || key.asymmetricKeyType !== 'rsa') {
    throw new Error(`WeChat Pay key${serial ? ` for serial ${serial}` : ''} must be an RSA ${type} key`);
  }
}
