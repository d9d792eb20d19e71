/**
 * Errors of the payment module. Each has a stable `code` for the API error middleware and a stable
 * `reason`; messages never carry key material, signatures, plaintext or library error text.
 */

export type PaymentNotificationReason =
  | 'missing_header'
  | 'stale_timestamp'
  | 'unknown_serial'
  | 'bad_signature'
  | 'malformed_body'
  | 'decrypt_failed'
  | 'malformed_resource';

/** A WeChat Pay notification (or signed API response) that must not be trusted. */
export class PaymentNotificationError extends Error {
  readonly code = 'PAYMENT_NOTIFICATION_REJECTED';

  constructor(readonly reason: PaymentNotificationReason) {
    super(`WeChat Pay notification rejected: ${reason}`);
    this.name = 'PaymentNotificationError';
  }
}

export type PaymentProviderReason =
  | 'invalid_request'
  | 'network_error'
  | 'http_error'
  | 'unverified_response'
  | 'malformed_response'
  | 'bill_hash_mismatch';

/** A call to the payment provider's API that did not give a trustworthy result. */
export class PaymentProviderError extends Error {
  readonly code = 'PAYMENT_PROVIDER_ERROR';

  constructor(
    readonly reason: PaymentProviderReason,
    readonly details: { status?: number; providerCode?: string } = {},
  ) {
    const suffix = [details.status, details.providerCode].filter((part) => part !== undefined).join(' ');
    super(`WeChat Pay request failed: ${reason}${suffix ? ` (${suffix})` : ''}`);
    this.name = 'PaymentProviderError';
  }
}

/** WeChat Pay configuration that cannot work; `field` names the variable to fix. Thrown at start-up. */
export class PaymentConfigError extends Error {
  readonly code = 'PAYMENT_CONFIG_INVALID';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PaymentConfigError';
  }
}
