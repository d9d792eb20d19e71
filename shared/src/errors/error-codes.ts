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
  PAYMENT_MERCHANT_MISMATCH: { code: 40008, http: 400, message: 'the notification is for another merchant or app' },
  BODY_TOO_LARGE: { code: 40013, http: 413, message: 'request body too large' },
  UNAUTHORIZED: { code: 40100, http: 401, message: 'authentication required' },
  PAYMENT_NOTIFICATION_INVALID: { code: 40101, http: 401, message: 'payment notification refused' },
  FORBIDDEN: { code: 40300, http: 403, message: 'not allowed' },
  NOT_FOUND: { code: 40400, http: 404, message: 'not found' },
  METHOD_NOT_ALLOWED: { code: 40500, http: 405, message: 'this method is not allowed on this path (see the Allow header)' },
  CAMPAIGN_NOT_FOUND: { code: 40401, http: 404, message: 'campaign not found' },
  ORDER_NOT_FOUND: { code: 40402, http: 404, message: 'order not found' },
  RATE_LIMITED: { code: 42900, http: 429, message: 'too many requests' },
  INTERNAL: { code: 50000, http: 500, message: 'internal error' },
  DEPENDENCY_UNAVAILABLE: { code: 50300, http: 503, message: 'a dependency is unavailable, retry shortly' },
  // Auth, RBAC and security (40050–40059, 40150–40159, 40350–40359, 40950–40969).
  PASSWORD_POLICY_VIOLATION: { code: 40050, http: 400, message: 'the password does not meet the password policy' },
  PASSWORD_REUSED: { code: 40051, http: 400, message: 'the password was used recently: choose another one' },
  PASSWORD_INCORRECT: { code: 40052, http: 400, message: 'the current password is wrong' },
  LOGIN_FAILED: { code: 40150, http: 401, message: 'wrong username or password' },
  REFRESH_TOKEN_INVALID: { code: 40151, http: 401, message: 'the refresh token is invalid or expired: log in again' },
  // Phone + SMS code login (40060–40069, 42910–42919).
  SMS_CODE_WRONG: { code: 40060, http: 400, message: 'the verification code is wrong' },
  SMS_CODE_EXPIRED: { code: 40061, http: 400, message: 'no valid verification code for this phone (expired or never sent): request a new one' },
  SMS_CODE_USED: { code: 40062, http: 400, message: 'this verification code has already been used: request a new one' },
  SMS_CODE_LOCKED: { code: 40063, http: 400, message: 'too many wrong codes: request a new one' },
  SMS_RESEND_TOO_SOON: { code: 42910, http: 429, message: 'a code was sent moments ago: wait before asking for another' },
  SMS_DAILY_LIMIT: { code: 42911, http: 429, message: 'too many codes sent to this phone today: try again tomorrow' },
  GRANT_EXCEEDS_OWN: { code: 40350, http: 403, message: 'you cannot grant or change what you do not hold yourself' },
  USERNAME_TAKEN: { code: 40950, http: 409, message: 'this username is already taken' },
  PHONE_TAKEN: { code: 40951, http: 409, message: 'this phone number is already registered' },
  ROLE_CODE_TAKEN: { code: 40952, http: 409, message: 'a role with this code already exists' },
  ROLE_BUILT_IN: { code: 40953, http: 409, message: 'built-in roles cannot be deleted or have their code or grants changed this way' },
  ROLE_IN_USE: { code: 40954, http: 409, message: 'the role is still assigned to users' },
  MENU_CODE_TAKEN: { code: 40955, http: 409, message: 'a menu with this code already exists' },
  MENU_HAS_CHILDREN: { code: 40956, http: 409, message: 'the menu still has children' },
  SELF_CHANGE_REFUSED: { code: 40957, http: 409, message: 'you cannot disable yourself or remove your own admin role' },
  MENU_PARENT_CYCLE: { code: 40958, http: 409, message: 'the parent is the menu itself or one of its children' },
  // Distributors and brands (40370–40379, 40980–40989; an unknown referrer is a 40400 like any unknown reference).
  DISTRIBUTOR_NOT_ACTIVE: { code: 40370, http: 403, message: 'you are not an active distributor of this brand' },
  BRAND_NAME_TAKEN: { code: 40980, http: 409, message: 'a brand with this name already exists' },
  BRAND_NOT_ACTIVE: { code: 40981, http: 409, message: 'the brand is not active' },
  DISTRIBUTOR_ALREADY_APPLIED: { code: 40982, http: 409, message: 'you have already applied to be a distributor of this brand' },
  DISTRIBUTOR_LEVEL_LIMIT: { code: 40983, http: 409, message: 'the referrer is at the deepest level (3): it cannot recruit distributors' },
  DISTRIBUTOR_NOT_PENDING: { code: 40984, http: 409, message: 'the application has already been decided' },
  // Members (40930–40939).
  MEMBER_MERGE_SELF: { code: 40930, http: 409, message: 'a member cannot be merged into itself' },
  MEMBER_ALREADY_MERGED: { code: 40931, http: 409, message: 'the member has already been merged into another member' },
  MEMBER_TAG_NAME_TAKEN: { code: 40932, http: 409, message: 'a tag with this name already exists for this brand' },
  MEMBER_EXPORT_NOT_READY: { code: 40933, http: 409, message: 'the export is not finished yet' },
  // Orders, refunds, rewards and withdrawals (40090–40099, 40990–40999).
  ORDER_NOT_REFUNDABLE: { code: 40990, http: 409, message: 'the order cannot be refunded in its current state' },
  REFUND_AMOUNT_EXCEEDED: { code: 40991, http: 409, message: 'the refund exceeds what is left to refund on the order' },
  REFUND_REFUSED: { code: 40992, http: 409, message: 'the payment provider refused the refund' },
  WITHDRAWAL_INSUFFICIENT_BALANCE: { code: 40993, http: 409, message: 'the amount exceeds the available balance' },
  WITHDRAWAL_OPEN_EXISTS: { code: 40994, http: 409, message: 'a withdrawal is already awaiting review or payment' },
  WITHDRAWAL_STATE_CONFLICT: { code: 40995, http: 409, message: 'the withdrawal is not in a state that allows this' },
  WITHDRAWAL_BELOW_MINIMUM: { code: 40090, http: 400, message: 'the amount is below the minimum withdrawal' },
  // Campaigns (40910–40919).
  CAMPAIGN_HAS_PAID_ORDERS: { code: 40910, http: 409, message: 'the campaign has paid orders: unpublish it instead of deleting it' },
  // Sync to brands' databases (40920–40929).
  SYNC_JOB_NOT_DEAD: { code: 40920, http: 409, message: 'the sync job is not dead-lettered: only dead jobs can be retried' },
  // Reconciliation with WeChat Pay's bills (40940–40949, 50240–50249).
  RECONCILIATION_RUNNING: { code: 40940, http: 409, message: 'a reconciliation of this bill date is already running' },
  RECONCILIATION_BILL_UNUSABLE: { code: 50240, http: 502, message: "WeChat Pay's bill could not be downloaded or failed its check: nothing was compared or changed" },
} as const satisfies Record<string, { code: number; http: number; message: string }>;

export type ErrorName = keyof typeof ERROR_CODES;
