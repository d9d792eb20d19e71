/**
 * Certificate mode: the platform certificates DMH trusts, fetched from GET /v3/certificates (each answer
 * verified, see fetchPlatformCertificates) and kept in the verifier's key set. Fetched at start, again every
 * `refreshIntervalMs`, and at once, at most once per `minRefreshGapMs`, when a notification or an answer
 * names a serial nobody knows (WeChat signs with a new certificate once it is published: the rotation).
 *
 * What is kept: the certificates of the last good answer that are not expired. An answer with none valid, or
 * a failed fetch, keeps the current ones (a warning is logged), so the only valid certificate is never dropped
 * by a refresh; a certificate past its expiry is dropped at the next refresh, and not used before that either.
 */
import type { Logger } from 'pino';
import type { PlatformCertificate } from './wechatpay.certificates';
import type { TrustedKeys } from './wechatpay.trusted-keys';

export interface PlatformCertificateStoreOptions {
  /** GET /v3/certificates through the client (verified, decrypted). */
  fetch: () => Promise<PlatformCertificate[]>;
  /** The verifier's key set, whose certificates this store replaces. */
  trusted: TrustedKeys;
  refreshIntervalMs: number;
  minRefreshGapMs: number;
  /** Configured certificates (WECHATPAY_PLATFORM_CERTS), trusted until the first answer replaces them. */
  initial?: readonly PlatformCertificate[];
  now?: () => number;
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export type RefreshOutcome =
  | { ok: true; serials: string[] }
  | { ok: false; reason: 'fetch_failed' | 'no_valid_certificate' | 'rate_limited'; serials: string[] };

export class PlatformCertificateStore {
  private current: PlatformCertificate[] = [];
  private lastAttemptMs = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<RefreshOutcome> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: PlatformCertificateStoreOptions) {
    this.now = options.now ?? Date.now;
    this.keep(options.initial ?? []);
  }

  /** Serials trusted now (upper-case hex), valid ones only. */
  serials(): string[] {
    return this.current.filter((c) => this.valid(c)).map((c) => c.serial);
  }

  /**
   * First fetch, then the periodic refresh; an unknown serial from now on triggers a refresh. A first fetch
   * that leaves no certificate at all (WeChat, or the sandbox, not reachable yet) is retried with backoff
   * (1 s, 2 s, … at most a minute) until one arrives. Never rejects.
   */
  async start(): Promise<RefreshOutcome> {
    this.options.trusted.onUnknownSerial((serial) => this.refreshForSerial(serial).then(() => undefined));
    const outcome = await this.refresh();
    this.timer ??= setInterval(() => void this.refresh(), this.options.refreshIntervalMs);
    this.timer.unref();
    if (this.serials().length === 0) this.retrySoon(1_000);
    return outcome;
  }

  stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.retryTimer);
    this.timer = undefined;
    this.retryTimer = undefined;
    this.options.trusted.onUnknownSerial(undefined);
  }

  /** A refresh for a serial nobody knows, unless one was tried less than `minRefreshGapMs` ago. */
  async refreshForSerial(serial: string): Promise<RefreshOutcome> {
    if (this.inFlight) return this.inFlight;
    if (this.now() - this.lastAttemptMs < this.options.minRefreshGapMs) {
      this.options.logger?.warn({ serial }, 'unknown WeChat Pay serial: platform certificates were fetched less than the minimum gap ago, not again');
      return { ok: false, reason: 'rate_limited', serials: this.serials() };
    }
    return this.refresh();
  }

  /** Fetches now (one fetch at a time: concurrent callers share it). Never rejects. */
  refresh(): Promise<RefreshOutcome> {
    this.inFlight ??= this.fetchAndKeep().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async fetchAndKeep(): Promise<RefreshOutcome> {
    this.lastAttemptMs = this.now();
    const before = this.serials().join(',');
    let fetched: PlatformCertificate[];
    try {
      fetched = await this.options.fetch();
      const valid = fetched.filter((c) => this.valid(c));
      if (valid.length > 0) this.keep(valid); // throws, changing nothing, on a key the verifier cannot use
    } catch (err) {
      this.keep(this.current);
      const { code, reason, message } = err as { code?: unknown; reason?: unknown; message?: unknown };
      this.options.logger?.warn({ code, reason, message, kept: this.serials() }, 'WeChat Pay platform certificates not refreshed: keeping the current ones');
      return { ok: false, reason: 'fetch_failed', serials: this.serials() };
    }
    if (!fetched.some((c) => this.valid(c))) {
      this.keep(this.current);
      this.options.logger?.warn({ answered: fetched.map((c) => c.serial), kept: this.serials() }, 'WeChat Pay answered no valid platform certificate: keeping the current ones');
      return { ok: false, reason: 'no_valid_certificate', serials: this.serials() };
    }
    if (before !== this.serials().join(',')) this.options.logger?.info({ serials: this.serials() }, 'WeChat Pay platform certificates updated');
    return { ok: true, serials: this.serials() };
  }

  private retrySoon(delayMs: number): void {
    this.retryTimer = setTimeout(() => {
      void this.refresh().then(() => {
        if (this.timer && this.serials().length === 0) this.retrySoon(Math.min(delayMs * 2, 60_000));
      });
    }, delayMs);
    this.retryTimer.unref();
  }

  /** Keeps the valid ones of `certificates` and hands them to the verifier as one set. */
  private keep(certificates: readonly PlatformCertificate[]): void {
    const valid = certificates.filter((c) => this.valid(c));
    this.options.trusted.replaceCertificates(valid);
    this.current = valid;
  }

  private valid(certificate: PlatformCertificate): boolean {
    return this.now() <= certificate.validTo.getTime();
  }
}
