// The suite's databases and ports come first: the support modules read them when they load.
import { FAULTS } from './support/fault-env';
import { after, before, describe, test } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { setCurrentStack } from '../integration/support/suite';
import { startTestStack, stopTestStack } from '../integration/support/test-stack';
import { FAULT_CASES } from './fault-cases';
import { type FaultReport, runFaultCase } from './support/fault-run';

/**
 * The fault suite (`npm run test:faults`): one real stack of its own (databases `dmh_faults` and
 * `dmh_faults_external`, its own MariaDB, Redis and external-database ports, so it owns what it restarts).
 * Each case sends a burst of paid WeChat Pay callbacks with replays, and other API calls, breaks one part in
 * the middle (SIGKILL of the actor host, of a daprd sidecar, of the sync worker; MariaDB, Redis and placement
 * each restarted cleanly and killed with SIGKILL; the external database unreachable for 60 s), brings it
 * back, re-sends what was refused and lets the system settle. Then it checks that the fault was felt (signs
 * only that fault leaves: late or retried settlements and syncs, 503s naming the part, crash recovery in the
 * server's log…), that the API answered clearly throughout, and that nothing accepted was lost or applied
 * twice. `DMH_FAULTS=actors,mariadb-crash` runs only those cases.
 */
let stack: Stack | undefined;
const reports: FaultReport[] = [];

before(async () => {
  stack = await startTestStack();
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  if (reports.length > 0) {
    const head = ['case', 'orders', 'callbacks+replays', 'refused in fault', 'probes refused', 'max callback ms', 'down s', 'API back s', 'settled s'];
    console.log(`# ${head.join(' | ')}`);
    for (const r of reports) {
      const back = r.apiRecoveredSeconds === null ? '-' : r.apiRecoveredSeconds.toFixed(1);
      console.log(`# ${[r.name, r.orders, r.callbacks + r.replays, r.refusedDuringFault, `${r.probesRefused}/${r.probes}`, r.maxCallbackMs,
        r.downSeconds.toFixed(1), back, r.settledSeconds.toFixed(1)].join(' | ')}`);
    }
  }
  await stopTestStack(stack);
}, { timeout: 120_000 });

describe('faults: nothing accepted is lost or applied twice, and the API answers clearly while a part is down', () => {
  for (const c of FAULT_CASES) {
    const skip = FAULTS.only.length > 0 && !FAULTS.only.includes(c.name);
    test(c.title, { skip, timeout: 600_000 }, async () => {
      if (!stack) throw new Error('the stack is not started');
      reports.push(await runFaultCase(stack, c));
    });
  }
});
