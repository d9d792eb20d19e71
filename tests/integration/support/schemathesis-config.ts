/** The roles the contract phase fuzzes as, in the order it runs them, and the volume each gets. */
export const CONTRACT_ROLES = [
  { key: 'participant', name: 'a participant', maxExamples: 10 },
  { key: 'distributor', name: 'a distributor', maxExamples: 10 },
  { key: 'brand-admin', name: 'a brand admin', maxExamples: 15 },
  // Last: a platform admin may disable or re-role any user, the other roles' accounts included.
  { key: 'platform-admin', name: 'the platform admin', maxExamples: 15 },
] as const;

export type ContractRole = (typeof CONTRACT_ROLES)[number];

export interface ContractAccount {
  username: string;
  password: string;
}

const toml = (value: string) => JSON.stringify(value); // a TOML basic string is a JSON string

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
  putApiV1SyncTargetsBrandId: 'the mapping: key, version and columns distinct, every required field mapped (40000)',
  postApiV1Withdrawals: "the brand's minimum amount (40090); brandId required when distributing for several brands (40000)",
};

/**
 * The run's schemathesis.toml: the bearer token is fetched by logging in as the role's own account, and
 * fetched again whenever an answer is 401, so that the fuzzer calling logout, revoking its own session or
 * changing its password does not end the run.
 */
export function schemathesisConfig(_role: ContractRole, account: ContractAccount): string {
  const exceptions = Object.entries(RULES_BEYOND_THE_SCHEMA).flatMap(([operationId, rule]) => [
    `# ${rule}`,
    '[[operations]]',
    `include-operation-id = ${toml(operationId)}`,
    'checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]',
    '',
  ]);
  return [
    '[auth.dynamic.openapi.bearer]',
    'path = "/api/v1/auth/login"',
    'method = "post"',
    `payload = { username = ${toml(account.username)}, password = ${toml(account.password)} }`,
    'extract_selector = "/data/accessToken"',
    'retry_on = [401]',
    '',
    ...exceptions,
  ].join('\n');
}
