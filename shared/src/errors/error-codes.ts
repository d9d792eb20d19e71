/**
 * Stable business error codes, shared by the API (which maps them to HTTP) and its clients (admin console,
 * H5 app), which react to the code, never to the message text.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { code: 40000, http: 400, message: 'request validation failed' },
  ORDER_DUPLICATE: { code: 40001, http: 409, message: '您已参与过该活动 (already joined this campaign)' },
  CAMPAIGN_NOT_STARTED: { code: 40002, http: 409, message: 'the campaign has not started yet' },
  CAMPAIGN_ENDED: { code: 40003, http: 409, message: 'the campaign has ended' },
  CAMPAIGN_SOLD_OUT: { code: 40004, http: 409, message: 'the campaign is full' },
  CAMPAIGN_NOT_ACTIVE: { code: 40005, http: 409, message: 'the campaign is not open for sign-up' },
  PAYMENT_AMOUNT_MISMATCH: { code: 40006, http: 400, message: 'the paid amount does not match the order' },
  ORDER_NOT_PAYABLE: { code: 40007, http: 409, message: 'the order cannot be paid in its current state' },
  BODY_TOO_LARGE: { code: 40013, http: 413, message: 'request body too large' },
  UNAUTHORIZED: { code: 40100, http: 401, message: 'authentication required' },
  PAYMENT_NOTIFICATION_INVALID: { code: 40101, http: 401, message: 'payment notification refused' },
  FORBIDDEN: { code: 40300, http: 403, message: 'not allowed' },
  NOT_FOUND: { code: 40400, http: 404, message: 'not found' },
  CAMPAIGN_NOT_FOUND: { code: 40401, http: 404, message: 'campaign not found' },
  ORDER_NOT_FOUND: { code: 40402, http: 404, message: 'order not found' },
  RATE_LIMITED: { code: 42900, http: 429, message: 'too many requests' },
  INTERNAL: { code: 50000, http: 500, message: 'internal error' },
  DEPENDENCY_UNAVAILABLE: { code: 50300, http: 503, message: 'a dependency is unavailable, retry shortly' },
} as const satisfies Record<string, { code: number; http: number; message: string }>;

export type ErrorName = keyof typeof ERROR_CODES;
