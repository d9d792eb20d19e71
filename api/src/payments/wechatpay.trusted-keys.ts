/**
 * The keys a WechatPayVerifier trusts, by Wechatpay-Serial: the configured ones (the WeChat Pay public key,
 * fixed for the process) and the platform certificates fetched from /v3/certificates, which are replaced
 * as one set (built whole, then swapped in: a reader sees the old set or the new one, never half of each).
 * A certificate past its validity is not used, whatever the set still holds.
 */
import type { KeyObject } from 'node:crypto';
import { toRsaPublicKey } from '@dmh/shared/dist/wechatpay';

export interface TrustedCertificate {
  serial: string;
  pem: string;
  validTo: Date;
}

/** Asked for a serial nobody knows yet (certificate mode: fetches /v3/certificates, rate-limited); never rejects. */
export type UnknownSerialResolver = (serial: string) => Promise<void>;

interface CertificateKey {
  key: KeyObject;
  notAfterMs: number;
}

export class TrustedKeys {
  private readonly fixed: ReadonlyMap<string, KeyObject>;
  private certificates: ReadonlyMap<string, CertificateKey> = new Map();
  private resolver: UnknownSerialResolver | undefined;

  constructor(fixed: ReadonlyMap<string, KeyObject | string>, private readonly now: () => number) {
    this.fixed = new Map([...fixed].map(([serial, key]) => [serial, toRsaPublicKey(key, serial)]));
  }

  get(serial: string): KeyObject | undefined {
    const fixed = this.fixed.get(serial);
    if (fixed) return fixed;
    const certificate = this.certificates.get(serial.toUpperCase()); // a serial is a hex number: either case
    return certificate && this.now() <= certificate.notAfterMs ? certificate.key : undefined;
  }

  knows(serial: string): boolean {
    return this.get(serial) !== undefined;
  }

  /** The fetched certificates' serials (configured keys excluded). */
  certificateSerials(): string[] {
    return [...this.certificates.keys()];
  }

  /** Replaces the fetched certificates. A bad one throws before anything changes. */
  replaceCertificates(certificates: readonly TrustedCertificate[]): void {
    const next = new Map(certificates.map((c) => [c.serial.toUpperCase(), { key: toRsaPublicKey(c.pem, c.serial), notAfterMs: c.validTo.getTime() }]));
    this.certificates = next;
  }

  onUnknownSerial(resolver: UnknownSerialResolver | undefined): void {
    this.resolver = resolver;
  }

  /** Gives the resolver a chance to learn `serial` before it is looked up. */
  async learn(serial: string | undefined): Promise<void> {
    if (serial === undefined || serial === '' || this.knows(serial) || !this.resolver) return;
    await this.resolver(serial);
  }
}
