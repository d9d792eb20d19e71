/**
 * The roles the contract phase fuzzes as, in the order it runs them, and the test cases per operation each
 * gets (the admins reach most operations; the others mostly meet 403). Measured on the 2-core machine so
 * that the whole file stays under 10 minutes (README, Tests).
 */
export const CONTRACT_ROLES = [
  // Half the admins' volume: most operations answer them 403 (checked on every operation all the same).
  { key: 'participant', name: 'a participant', volume: { examples: 10, stateful: 50 } },
  { key: 'distributor', name: 'a distributor', volume: { examples: 10, stateful: 50 } },
  { key: 'brand-admin', name: 'a brand admin', volume: { examples: 40, stateful: 300 } },
  // Last: a platform admin may disable or re-role any user and change the password policy.
  { key: 'platform-admin', name: 'the platform admin', volume: { examples: 40, stateful: 300 } },
] as const;
/** The session run has five operations: it can afford many more cases each. */
export const SESSION_RUN_VOLUME: Volume = { examples: 60, stateful: 100 };

/** Test cases per operation in the examples, coverage and fuzzing phases; scenarios of the stateful phase. */
export interface Volume {
  examples: number;
  stateful: number;
}

export type ContractRole = (typeof CONTRACT_ROLES)[number];

export interface ContractAccount {
  username: string;
  password: string;
}

/**
 * The operations that end the caller's own session (logout, password change, revoking a session). They run
 * in a run of their own, on an account of their own that logs in again whenever an answer is 401; the main
 * run keeps one token, which nothing it does can end (a locked account keeps its live tokens), so the
 * fuzzer locking or disabling accounts through the API never stops it.
 */
export const SESSION_ENDING = '^(postApiV1AuthLogout|postApiV1AuthPassword|deleteApiV1AuthSessionsId)$';
/** The session run also lists the sessions and reads who it is, whose answers link to the session to revoke. */
export const SESSION_RUN = '^(postApiV1AuthLogout|postApiV1AuthPassword|deleteApiV1AuthSessionsId|getApiV1AuthSessions|getApiV1AuthUserinfo)$';

/**
 * Operations whose bodies have a rule that JSON Schema cannot carry (a relation between two fields, the
 * stored password policy, the campaign's own form, the state of the data). Each rule is stated in the
 * operation's description and its 400 answer documented with the code; Schemathesis's positive-data check
 * cannot know it, so for these operations alone a 400 answer to schema-valid data is not a failure. Every
 * other check still applies to them, and every other operation must accept what the document calls valid.
 */
export const RULES_BEYOND_THE_SCHEMA: Record<string, string> = {
  postApiV1AuthRegister: 'the password policy, stored and changeable at run time, and no username in the password (40050)',
  postApiV1AuthPassword: 'the password policy and history (40050, 40051)',
  postApiV1Users: 'the password policy (40050)',
  postApiV1Campaigns: 'endTime after startTime; the rewards within the price (40000)',
  putApiV1CampaignsId: 'endTime after startTime; the rewards within the price; quota not below the seats taken (40000)',
  putApiV1CampaignsIdPageConfig: 'block ids unique within the page (40000)',
  postApiV1Orders: "formData checked against the campaign's own form; a mobile number in phone or formData.phone (40000)",
  postApiV1SyncReconciliations: '`to` after `from` (40000)',
  postApiV1Reconciliations: 'billDate a day WeChat Pay has a bill of: not after yesterday (today against the sandbox), at most 90 days back (40000)',
  putApiV1SyncTargetsBrandId: 'the mapping: key, version and columns distinct, every required field mapped (40000)',
  putApiV1DistributorPosterTemplateBrandId: 'every box inside the 750×1334 poster (40000)',
  postApiV1DistributorPosterTemplateBrandIdPreview: 'every box inside the 750×1334 poster (40000)',
  postApiV1AuthSmsCode: 'one code per phone per resend interval, and a daily cap per phone (42910, 42911)',
  postApiV1AuthSmsLogin: 'the code must be the one just sent to that phone: unexpired, unused, within its tries (40060–40063)',
  postApiV1AuthWechatOauth: 'the state one this server signed, unedited, within 30 minutes (40072); the code one WeChat issued, unused, within 5 minutes (40070, 40071)',
  postApiV1WechatJssdkSignature: "only pages of the H5 app's origin are signed (40000 naming body.url)",
  postApiV1Withdrawals: "the brand's minimum amount (40090); brandId required when distributing for several brands (40000)",
  getApiV1DashboardSummary: '`to` after `from`, at most 366 days after it (40000 naming query.to)',
  getApiV1DashboardTrend: '`to` after `from`, at most 366 days after it (40000 naming query.to)',
  getApiV1DashboardFunnel: '`to` after `from`, at most 366 days after it (40000 naming query.to)',
  getApiV1DashboardLeaderboard: '`to` after `from`, at most 366 days after it (40000 naming query.to)',
};

const toml = (value: string) => JSON.stringify(value); // a TOML basic string is a JSON string

/** The run's schemathesis.toml: its volume, the exceptions above and, for the session run, the log-in that fetches the token. */
export function schemathesisConfig(volume: Volume, login: ContractAccount | null): string {
  const generation = [
    `generation.max-examples = ${volume.examples}`,
    '',
    '[phases.stateful]',
    `generation.max-examples = ${volume.stateful}`,
    'max-steps = 10',
    // The document's own links (api/src/common/openapi-links.ts) and Location headers, not Schemathesis's
    // dependency analysis: it links fields that may be null (a platform-wide tag's brandId) and then sends
    // `GET /brands/None`, a request outside the document that it counts as schema-valid (seen in a CI run).
    'inference.algorithms = ["location-headers"]',
    '',
  ];
  const auth = login
    ? [
        '[auth.dynamic.openapi.bearer]',
        'path = "/api/v1/auth/login"',
        'method = "post"',
        `payload = { username = ${toml(login.username)}, password = ${toml(login.password)} }`,
        'extract_selector = "/data/accessToken"',
        'retry_on = [401]',
        '',
      ]
    : [];
  const exceptions = Object.entries(RULES_BEYOND_THE_SCHEMA).flatMap(([operationId, rule]) => [
    `# ${rule}`,
    '[[operations]]',
    `include-operation-id = ${toml(operationId)}`,
    'checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]',
    '',
  ]);
  return [...generation, ...auth, ...exceptions].join('\n');
}
