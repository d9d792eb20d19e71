#!/usr/bin/env bash
# `npm test`: every test, against the real parts.
#   1. unit tests of the compiled workspaces (money, reward rules, forms, WeChat Pay v3 crypto, …)
#   2. integration suites, one after another, each owning the real stack it needs:
#      schema (migrations and constraints on MariaDB), then the spine (daprd + placement + scheduler,
#      MariaDB, Redis, RabbitMQ, the WeChat Pay sandbox).
#   3. the fault suite (scripts/test-faults.sh, also `npm run test:faults`): its own stack; each case breaks
#      one part (actor host, sidecars, sync worker, MariaDB, Redis, external database, placement) in the
#      middle of a burst of paid callbacks and checks that nothing accepted is lost or applied twice.
# Fails if a runner reports a failure or if a phase ran no test at all.
set -euo pipefail
cd "$(dirname "$0")/.."
export DAPR_BIN_DIR="${DAPR_BIN_DIR:-$(bash scripts/bootstrap.sh)}"
export SCHEMATHESIS_BIN="${SCHEMATHESIS_BIN:-$(bash scripts/schemathesis-ensure.sh)}"

t0=$(date +%s)
mapfile -t unit_specs < <(find shared/dist api/dist actors/dist sync/dist -name '*.spec.js' | sort)
integration=(tests/integration/schema.test.ts tests/integration/spine.test.ts tests/integration/api.test.ts tests/integration/sync.test.ts tests/integration/contract.test.ts)

# node --test's spec reporter closes with "ℹ tests N", "ℹ pass N", "ℹ fail N"; we keep its output and
# check the counts.
run_phase() {
  local name=$1; shift
  local log; log=$(mktemp)
  echo "== $name ==" >&2
  set +e
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  local tests; tests=$(sed -n 's/^ℹ tests \([0-9]*\)$/\1/p' "$log" | tail -n1)
  rm -f "$log"
  if [ "$rc" -ne 0 ]; then echo "[test] $name failed (exit $rc)" >&2; exit "$rc"; fi
  if [ -z "$tests" ] || [ "$tests" -eq 0 ]; then echo "[test] $name ran no test: failing" >&2; exit 1; fi
  echo "[test] $name: $tests tests passed" >&2
}

echo "== layering (dependency-cruiser) ==" >&2
npm run --silent lint:layers >&2

[ ${#unit_specs[@]} -gt 0 ] || { echo "[test] no unit spec found under */dist: did the build run?" >&2; exit 1; }
run_phase "unit tests" node --enable-source-maps --test --test-reporter=spec "${unit_specs[@]}"
# One file at a time: each integration file starts (and stops) the real stack it needs on fixed ports.
# A test that waits forever must fail, not hang CI: every test and hook without its own timeout gets 10 min.
run_phase "integration tests" node --enable-source-maps --import tsx --test --test-reporter=spec \
  --test-concurrency=1 --test-timeout=600000 "${integration[@]}"
run_phase "fault suite" bash scripts/test-faults.sh
echo "[test] all phases passed in $(( $(date +%s) - t0 ))s" >&2
