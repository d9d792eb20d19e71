#!/usr/bin/env bash
# `npm run test:faults`: the fault suite (tests/faults/faults.test.ts) on a real stack of its own. Each case
# breaks one part (actor host, a daprd sidecar, the sync worker, MariaDB, Redis, the external database,
# placement; the servers both restarted and killed) in the middle of a burst of paid callbacks, checks that
# the fault was felt, then that nothing accepted is lost or applied twice. `DMH_FAULTS=actors,mariadb-crash`
# runs only some cases; DMH_FAULTS_EXTERNAL_OUTAGE_MS (default 60000) and DMH_FAULTS_HOLD_MS (default 8000)
# shorten the outages while developing, and DMH_FAULTS_NO_OP=1 injects nothing (to check the checks): such a
# run says loudly that it is narrowed. Fails if bootstrap fails (naming its step), if a case fails, or if no
# case executed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/testing/phases.sh

narrowing_banner
trap 'narrowing_banner' EXIT
bootstrap_or_fail
run_fault_suite
