import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The fault suite's own environment, set before anything reads it (import this module first): its own
 * databases (`dmh_faults`, `dmh_faults_external`, dropped at the start) and its own ports for the servers
 * it stops and restarts (MariaDB, Redis, the external database). A server already answering on a default
 * port would be reused by the stack and could not be restarted by it; on ports of its own the suite always
 * owns them. Its servers keep their files in a state folder of their own (`~/.local/state/dmh-faults`), so
 * the MariaDB it kills and restarts never shares a data folder with the one `npm start` runs. Every value
 * can be overridden from the environment.
 */
const defaults: Record<string, string> = {
  DMH_STATE_DIR: process.env.DMH_FAULTS_STATE_DIR ?? path.join(os.homedir(), '.local', 'state', 'dmh-faults'),
  DMH_TEST_DB_NAME: process.env.DMH_FAULTS_DB_NAME ?? 'dmh_faults',
  DMH_TEST_EXTERNAL_DB_NAME: process.env.DMH_FAULTS_EXTERNAL_DB_NAME ?? 'dmh_faults_external',
  DB_PORT: process.env.DMH_FAULTS_DB_PORT ?? '3336',
  EXTERNAL_DB_PORT: process.env.DMH_FAULTS_EXTERNAL_DB_PORT ?? '3337',
  REDIS_PORT: process.env.DMH_FAULTS_REDIS_PORT ?? '6389',
};
for (const [name, value] of Object.entries(defaults)) process.env[name] = value;

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${raw} must be a positive number`);
  return n;
}

export const FAULTS = {
  /** How long the external database stays unreachable (the 60 s; shorter while developing). */
  externalOutageMs: positive('DMH_FAULTS_EXTERNAL_OUTAGE_MS', 60_000),
  /** How long a killed or stopped part stays down before it is started again. */
  holdMs: positive('DMH_FAULTS_HOLD_MS', 8_000),
  /** Fresh paid callbacks sent per second during a case (replays come on top). */
  callbackRate: positive('DMH_FAULTS_RATE', 5),
  /** WeChat Pay gives up on a notification answer after 5 s (and retries later). */
  callbackTimeoutMs: 5_000,
  /** A client of the API waits at most this long for any other answer. */
  probeTimeoutMs: positive('DMH_FAULTS_PROBE_TIMEOUT_MS', 10_000),
  /**
   * DMH_FAULTS_NO_OP=1 injects nothing (the part is neither broken nor restarted) and then requires that
   * none of a case's signs shows: a check that each case's evidence really comes from its fault.
   */
  noOpInject: process.env.DMH_FAULTS_NO_OP === '1',
  /** Only these cases (comma-separated names), e.g. DMH_FAULTS=actors,mariadb. */
  only: (process.env.DMH_FAULTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
};
