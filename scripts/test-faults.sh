#!/usr/bin/env bash
# `npm run test:faults`: the fault suite (tests/faults/faults.test.ts) on a real stack of its own. Each case
# breaks one part (actor host, a daprd sidecar, the sync worker, MariaDB, Redis, the external database,
# placement; the servers both restarted and killed) in the middle of a burst of paid callbacks, checks that
# the fault was felt, then that nothing accepted is lost or applied twice. `DMH_FAULTS=actors,mariadb-crash`
# runs only some cases; DMH_FAULTS_EXTERNAL_OUTAGE_MS (default 60000)
# and DMH_FAULTS_HOLD_MS (default 8000) shorten the outages while developing.
# Fails if a case fails or if no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export DAPR_BIN_DIR="${DAPR_BIN_DIR:-$(bash scripts/bootstrap.sh)}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
t0=$(date +%s)
set +e
node --enable-source-maps --import tsx --test --test-reporter=spec --test-concurrency=1 --test-timeout=900000 \
  tests/faults/faults.test.ts 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
tests=$(sed -n 's/^ℹ tests \([0-9]*\)$/\1/p' "$log" | tail -n1)
echo "[test:faults] finished in $(( $(date +%s) - t0 ))s" >&2
if [ "$rc" -ne 0 ]; then exit "$rc"; fi
if [ -z "$tests" ] || [ "$tests" -eq 0 ]; then echo "[test:faults] ran no test: failing" >&2; exit 1; fi
