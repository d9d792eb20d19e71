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
 * The run's schemathesis.toml: the bearer token is fetched by logging in as the role's own account, and
 * fetched again whenever an answer is 401, so that the fuzzer calling logout, revoking its own session or
 * changing its password does not end the run.
 */
export function schemathesisConfig(_role: ContractRole, account: ContractAccount): string {
  return [
    '[auth.dynamic.openapi.bearer]',
    'path = "/api/v1/auth/login"',
    'method = "post"',
    `payload = { username = ${toml(account.username)}, password = ${toml(account.password)} }`,
    'extract_selector = "/data/accessToken"',
    'retry_on = [401]',
    '',
  ].join('\n');
}
