#!/usr/bin/env bash
# `npm test`: every test, against the real parts. First the preflight, where any failure stops the run at
# once and names its step: bootstrap (Debian packages, npm ci, the build and type check of every workspace,
# tests/ and bench/, Dapr), Schemathesis, the layering check, the list of compiled unit specs. Then:
#   1. the test scripts' own tests (scripts/testing/: the counting reporter, and that a type error or a
#      failing npm ci stops this very script before any test);
#   2. unit tests of the compiled workspaces (money, reward rules, forms, WeChat Pay v3 crypto, the sandbox, …),
#      then tests/wechatpay/: DMH's WeChat Pay clients against the sandbox in one process (no Dapr), which
#      live outside both workspaces because neither may import the other;
#   2b. the deployment: the Helm chart rendered, linted and validated against Kubernetes' and Dapr's schemas,
#      docker-compose.yml checked by docker-compose config (no cluster, no Docker engine), the Prometheus alert
#      rules unit-tested and the scrape config checked with promtool (tests/deploy/);
#   3. the admin console: its typed API client matches the API's document and its server serves and proxies
#      (node:test); its Jasmine specs in Karma (Debian's Chromium; a run with no spec fails); the H5 app's too;
#   4. integration suites, one after another, each owning the real stack it needs:
#      schema (migrations and constraints on MariaDB), then the spine (daprd + placement + scheduler,
#      MariaDB, Redis, RabbitMQ, the WeChat Pay sandbox); then the console end to end (Chromium driven by
#      playwright-core against the real stack and the console server, screenshots in
#      admin-angular/test-artefacts/screens/); then the H5 app end to end at a phone's size (campaign link
#      with a referrer, sign-up, sandbox payment, success from the server; screens in h5-ionic/test-artefacts/).
#      replicas.test.ts runs 2 API replicas behind nginx and 2 actor hosts through an actor host's SIGKILL,
#      a rolling restart and a placement restart.
#   5. the fault suite (also `npm run test:faults`): its own stack; each case breaks one part (actor host,
#      sidecars, sync worker, MariaDB, Redis, external database, placement) in the middle of a burst of
#      paid callbacks and checks that nothing accepted is lost or applied twice.
# A phase fails if a test fails, if it executed no test (skipped and todo tests do not count), or if one of
# its files executed none (scripts/testing/count.reporter.mjs counts). Variables that narrow the run
# (DMH_SCENARIOS, DMH_FAULTS, DMH_MODEL_SEEDS, …: scripts/testing/phases.sh) are announced loudly.
#
#   bash scripts/test.sh --preflight    the preflight only, then exit 0 (scripts/testing/test-script.test.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/testing/phases.sh

preflight_only=false
case "${1:-}" in
  '') ;;
  --preflight) preflight_only=true ;;
  *) fail "unknown argument '$1' (the only one is --preflight)" ;;
esac

narrowing_banner
tools_pid=""
tools_log=$(mktemp)
trap 'rc=$?; [ -z "$tools_pid" ] || kill "$tools_pid" 2>/dev/null || true; rm -f "$tools_log"; narrowing_banner
      [ "$rc" -eq 0 ] || echo "[test] npm test FAILED (exit $rc)" >&2' EXIT
t0=$(date +%s)

bootstrap_or_fail
schemathesis_or_fail
echo "== layering (dependency-cruiser) ==" >&2
npm run --silent lint:layers >&2 || fail "layering check (npm run lint:layers)"
collect_unit_specs_or_fail
if $preflight_only; then
  echo "[test] preflight passed in $(( $(date +%s) - t0 ))s (${#UNIT_SPECS[@]} unit spec files)" >&2
  exit 0
fi

# The deployment checks' tools (Helm built from its Go module on a fresh machine: about 3 minutes) are got
# in the background while the first phases run, and waited for just before the phase that uses them.
bash scripts/deploy/tools.sh >/dev/null 2>"$tools_log" &
tools_pid=$!

run_phase "test scripts" --import tsx --test --test-concurrency=1 scripts/testing/*.test.ts scripts/layers/*.test.ts scripts/stack/tracing.test.ts
run_phase "unit tests" --enable-source-maps --test "${UNIT_SPECS[@]}"
run_phase "WeChat Pay: clients against the sandbox" --enable-source-maps --import tsx --test tests/wechatpay/*.spec.ts
# Helm and Dapr's sentry (built from their Go modules), kubernetes-validate, Dapr's CRDs and Debian's
# docker-compose, each cached under ~/.cache/dmh (minutes the first time on this kind of machine, seconds after).
echo "== deployment tools (scripts/deploy/tools.sh, started in the background at the first phase) ==" >&2
tools_rc=0
wait "$tools_pid" || tools_rc=$?
tools_pid=""
cat "$tools_log" >&2
[ "$tools_rc" -eq 0 ] || fail "deployment tools (bash scripts/deploy/tools.sh, exit $tools_rc): its log is above"
run_phase "deployment: Helm chart, docker-compose (and its Dapr with mTLS), Prometheus rules" --import tsx --test tests/deploy/helm-chart.test.ts tests/deploy/compose-mtls.test.ts tests/deploy/prometheus-rules.test.ts
run_phase "console: API client and server" --import tsx --test admin-angular/scripts/api-client.test.mjs scripts/stack/console-server.test.ts
run_karma_phase "console: Karma specs"
run_karma_phase "H5 app: Karma specs" h5-ionic
# One file at a time: each integration file starts (and stops) the real stack it needs on fixed ports.
# A test that waits forever must fail, not hang CI: every test and hook without its own timeout gets 10 min.
run_phase "integration tests" --enable-source-maps --import tsx --test --test-concurrency=1 --test-timeout=600000 \
  tests/integration/schema.test.ts tests/integration/spine.test.ts tests/integration/paid-together.test.ts tests/integration/credit-groups.test.ts tests/integration/api.test.ts \
  tests/integration/payment-watch.test.ts tests/integration/sync.test.ts tests/integration/certificates.test.ts tests/integration/contract.test.ts \
  tests/integration/dashboard-rollup.test.ts tests/integration/prometheus.test.ts tests/integration/traces.test.ts tests/integration/event-consumer.test.ts \
  tests/integration/actor-host-restart.test.ts tests/integration/replicas.test.ts tests/integration/idle.test.ts
run_phase "console: end to end" --enable-source-maps --import tsx --test --test-concurrency=1 --test-timeout=600000 \
  admin-angular/e2e/console.e2e.test.ts admin-angular/e2e/orders-withdrawals.e2e.test.ts admin-angular/e2e/campaign-editor.e2e.test.ts admin-angular/e2e/dashboard.e2e.test.ts \
  admin-angular/e2e/admin-screens.e2e.test.ts admin-angular/e2e/page-designer.e2e.test.ts \
  admin-angular/e2e/distributors.e2e.test.ts admin-angular/e2e/ops.e2e.test.ts admin-angular/e2e/sync-screens.e2e.test.ts
run_phase "H5 app: end to end" --enable-source-maps --import tsx --test --test-concurrency=1 --test-timeout=600000 \
  h5-ionic/e2e/h5.e2e.test.ts h5-ionic/e2e/centre.e2e.test.ts h5-ionic/e2e/wechat.e2e.test.ts
run_fault_suite
echo "[test] all phases passed in $(( $(date +%s) - t0 ))s" >&2
