# Sourced by scripts/test.sh and scripts/test-faults.sh (from the repository root): the steps every test
# run shares. Each failure names its step and ends the run at once.
# shellcheck shell=bash

# Everything that makes a test run check less than the full suite (fewer cases, scenarios, seeds or
# examples, shorter outages, a gentler load, looser timeouts, other seeds). `.ci/run` unsets them all; a
# run with any of them set says so loudly at its start and end.
NARROWING_VARS=(
  DMH_SCENARIOS
  DMH_FAULTS DMH_FAULTS_HOLD_MS DMH_FAULTS_EXTERNAL_OUTAGE_MS DMH_FAULTS_RATE DMH_FAULTS_PROBE_TIMEOUT_MS DMH_FAULTS_NO_OP
  DMH_MODEL_SEEDS DMH_MODEL_SEED DMH_MODEL_SEED_BASE
  DMH_SCHEMATHESIS_EXAMPLES DMH_SCHEMATHESIS_SEED DMH_CONTRACT_ROLES
)

fail() {
  echo "[test] FAILED: $*" >&2
  exit 1
}

# The narrowing settings in force, one per line (NODE_OPTIONS counts when it carries a node:test option,
# e.g. --test-name-pattern or --test-only, which skip tests silently).
narrowing_settings() {
  local name
  for name in "${NARROWING_VARS[@]}"; do
    if [ -n "${!name+x}" ]; then echo "$name=${!name}"; fi
  done
  case " ${NODE_OPTIONS:-} " in *" --test"*) echo "NODE_OPTIONS=$NODE_OPTIONS" ;; esac
}

narrowing_banner() {
  local settings
  settings=$(narrowing_settings)
  [ -n "$settings" ] || return 0
  {
    echo "################################################################################"
    echo "# NARROWED RUN: this is not the full suite. Set in the environment:"
    echo "$settings" | sed 's/^/#   /'
    echo "# CI (.ci/run) unsets them and runs everything."
    echo "################################################################################"
  } >&2
}

# Packages, npm ci, the build and type check of every workspace plus tests/ and bench/, Dapr: see
# scripts/bootstrap.sh, which names the step that failed. Sets and exports DAPR_BIN_DIR.
# (`export X=$(cmd)` would return export's status, 0, and hide a failure: assign, check, then export.)
bootstrap_or_fail() {
  local out rc=0
  out=$(bash scripts/bootstrap.sh) || rc=$?
  [ "$rc" -eq 0 ] || fail "bootstrap (exit $rc), at the [bootstrap] step named above"
  DAPR_BIN_DIR=$out
  export DAPR_BIN_DIR
}

schemathesis_or_fail() {
  [ -n "${SCHEMATHESIS_BIN:-}" ] && { export SCHEMATHESIS_BIN; return 0; }
  local out rc=0
  out=$(bash scripts/schemathesis-ensure.sh) || rc=$?
  [ "$rc" -eq 0 ] || fail "Schemathesis install (scripts/schemathesis-ensure.sh, exit $rc)"
  SCHEMATHESIS_BIN=$out
  export SCHEMATHESIS_BIN
}

# The compiled unit specs, into the array UNIT_SPECS: for every workspace of package.json, every
# src/**/*.spec.ts must have its dist/**/*.spec.js, so a workspace whose build did not land cannot quietly
# contribute nothing. Listed from the sources, so a stale dist/ spec whose source was deleted does not run.
collect_unit_specs_or_fail() {
  local workspaces ws spec sources missing=()
  UNIT_SPECS=()
  workspaces=$(node -p "require('./package.json').workspaces.join('\n')") || fail "unit specs: reading the workspaces of package.json"
  for ws in $workspaces; do
    [ -d "$ws/src" ] || fail "unit specs: workspace $ws has no src/"
    sources=$(cd "$ws/src" && find . -name '*.spec.ts' | sed 's|^\./||' | sort) || fail "unit specs: listing $ws/src"
    [ -n "$sources" ] || fail "unit specs: workspace $ws has no *.spec.ts under $ws/src"
    while IFS= read -r spec; do
      if [ -f "$ws/dist/${spec%.ts}.js" ]; then UNIT_SPECS+=("$ws/dist/${spec%.ts}.js"); else missing+=("$ws/dist/${spec%.ts}.js"); fi
    done <<< "$sources"
  done
  [ ${#missing[@]} -eq 0 ] || fail "unit specs: not compiled, did the build of their workspace run? ${missing[*]}"
}

# Runs `node <args…>` as one phase with two reporters: the spec reporter on stdout as ever (its closing
# "ℹ tests/pass/fail" lines included) and scripts/testing/count.reporter.mjs into a file, which counts the
# leaf tests that really ran (not skipped, not todo). The phase fails if node fails, if it executed no
# test, or if a test file executed none (it declared none, or all were skipped).
run_phase() {
  local name=$1; shift
  local counts rc=0 t0 executed skipped todo idle
  counts=$(mktemp)
  t0=$(date +%s)
  echo "== $name ==" >&2
  node --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=./scripts/testing/count.reporter.mjs --test-reporter-destination="$counts" "$@" || rc=$?
  executed=$(sed -n 's/^executed //p' "$counts")
  skipped=$(sed -n 's/^skipped //p' "$counts")
  todo=$(sed -n 's/^todo //p' "$counts")
  idle=$(sed -n 's/^idle //p' "$counts")
  rm -f "$counts"
  [ "$rc" -eq 0 ] || fail "$name (node exited $rc)"
  [ -n "$executed" ] || fail "$name: the counting reporter wrote no summary"
  [ "$executed" -gt 0 ] || fail "$name ran no test (skipped $skipped, todo $todo)"
  [ -z "$idle" ] || fail "$name: these files executed no test (none declared, or all skipped): $(echo "$idle" | tr '\n' ' ')"
  echo "[test] $name passed, tests executed: $executed ($skipped skipped, $todo todo) in $(( $(date +%s) - t0 ))s" >&2
}

# The fault suite (scripts/test-faults.sh, and the last phase of scripts/test.sh).
run_fault_suite() {
  run_phase "fault suite" --enable-source-maps --import tsx --test --test-concurrency=1 --test-timeout=900000 \
    tests/faults/faults.test.ts
}

# The counts of a Karma run from its log (the progress reporter's last "Executed N of M (skipped K) …" line
# and its "TOTAL: …" line, colours stripped): prints "executed N", "skipped K" and "failed F", one a line, or
# nothing when the log has no summary (Karma did not get as far as running specs).
karma_counts() {
  local log=$1 clean executed_line total_line executed total skipped failed
  clean=$(sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | tr '\r' '\n')
  executed_line=$(grep -E 'Executed [0-9]+ of [0-9]+' <<< "$clean" | tail -n 1)
  total_line=$(grep -E '^TOTAL: ' <<< "$clean" | tail -n 1)
  [ -n "$executed_line" ] && [ -n "$total_line" ] || return 0
  executed=$(sed -E 's/.*Executed ([0-9]+) of ([0-9]+).*/\1/' <<< "$executed_line")
  total=$(sed -E 's/.*Executed ([0-9]+) of ([0-9]+).*/\2/' <<< "$executed_line")
  skipped=$(grep -oE 'skipped [0-9]+' <<< "$executed_line" | grep -oE '[0-9]+' || true)
  failed=$(grep -oE '[0-9]+ FAILED' <<< "$total_line" | grep -oE '[0-9]+' || true)
  echo "executed ${executed}"
  echo "skipped ${skipped:-$(( total - executed ))}"
  echo "failed ${failed:-0}"
}

# The admin console's Jasmine specs in Karma (Debian's Chromium, headless): fails if Karma fails, if its
# summary is missing, if a spec failed, or if no spec ran (all skipped, or none declared).
# run_karma_phase NAME [APP_DIR]: the Jasmine specs of an Angular workspace (admin-angular by default).
run_karma_phase() {
  local name=$1 dir=${2:-admin-angular} log rc=0 t0 counts executed skipped failed
  log=$(mktemp)
  t0=$(date +%s)
  echo "== $name ==" >&2
  (cd "$dir" && NG_CLI_ANALYTICS=false npx --no-install ng test --watch=false) > "$log" 2>&1 || rc=$?
  sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | tr '\r' '\n' | grep -vE '^Chrome Headless [^)]*\): Executed [0-9]+ of [0-9]+.*SUCCESS' || true
  counts=$(karma_counts "$log")
  rm -f "$log"
  executed=$(sed -n 's/^executed //p' <<< "$counts")
  skipped=$(sed -n 's/^skipped //p' <<< "$counts")
  failed=$(sed -n 's/^failed //p' <<< "$counts")
  [ "$rc" -eq 0 ] || fail "$name (ng test exited $rc)"
  [ -n "$executed" ] || fail "$name: Karma printed no summary (Executed … / TOTAL:)"
  [ "$failed" -eq 0 ] || fail "$name: $failed specs failed"
  [ "$executed" -gt 0 ] || fail "$name ran no spec (skipped $skipped)"
  echo "[test] $name passed, specs executed: $executed ($skipped skipped) in $(( $(date +%s) - t0 ))s" >&2
}
