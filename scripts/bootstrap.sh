#!/usr/bin/env bash
# Everything `npm start` and `npm test` need before they run, on a fresh machine or a warm one:
#   Debian packages → npm dependencies → TypeScript build → the admin console and the H5 app (install, build) → the pinned
#   Dapr binaries.
# Each step is a no-op when it is already done, so a second run costs seconds.
# Prints the Dapr binary directory on stdout (everything else goes to stderr). Any failure ends it at once,
# non-zero, naming the step: a type error anywhere (workspaces, tests/, bench/) fails the build step even
# though tsc still emits the .js files.
set -euo pipefail
cd "$(dirname "$0")/.."

current="start"
step() { current=$1; echo "[bootstrap] $1" >&2; }
dapr_pid=""
dapr_tmp=$(mktemp -d)
# A failure anywhere also stops a Dapr build still running in the background.
trap 'rc=$?; [ -z "$dapr_pid" ] || kill "$dapr_pid" 2>/dev/null || true; rm -rf "$dapr_tmp"
      [ "$rc" -eq 0 ] || echo "[bootstrap] FAILED at step: $current (exit $rc)" >&2' EXIT
t0=$(date +%s)

step "Debian packages (MariaDB, Redis, RabbitMQ, canvas libraries, CJK fonts, Chromium)"
bash scripts/system-deps.sh >&2

# The pinned Dapr binaries come from the cache in a second; on a fresh machine they are built from Dapr's Go
# module (about 5 minutes), which needs only Go: that build runs in the background from here, beside the
# npm installs and the Angular builds below (much of both is waiting on the registries), and the "Dapr
# runtime" step at the end waits for it. Its log is shown there, in one piece.
if [ -z "${DAPR_BIN_DIR:-}" ]; then
  bash scripts/dapr-ensure.sh >"$dapr_tmp/bin" 2>"$dapr_tmp/log" &
  dapr_pid=$!
fi

# Reinstall only when the lock file changed since the last install.
stamp=node_modules/.dmh-lock-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund >&2
  echo "$want" > "$stamp"
fi

step "TypeScript build and type check (npm run build: shared api actors sync wechatpay-sandbox, tests/, bench/)"
npm run --silent build >&2

# The admin console has its own package.json and lockfile (the API's install is not slowed by Angular):
# installed when its lockfile changed, built when its sources changed (a hash of them, beside the build).
step "admin console: npm ci (admin-angular/)"
console_stamp=admin-angular/node_modules/.dmh-lock-stamp
want=$(sha256sum admin-angular/package-lock.json | cut -d' ' -f1)
if [ ! -f "$console_stamp" ] || [ "$(cat "$console_stamp")" != "$want" ]; then
  (cd admin-angular && npm ci --no-audit --no-fund) >&2
  echo "$want" > "$console_stamp"
fi
# The consumer H5 app (h5-ionic/): the same pattern, its own lockfile, built into www/ (Capacitor's webDir).
# Installed before either end-to-end suite is type-checked: the console's page-designer e2e opens the H5 app
# with h5-ionic/e2e's helpers, which import playwright-core from h5-ionic/node_modules.
step "H5 app: npm ci (h5-ionic/)"
h5_stamp=h5-ionic/node_modules/.dmh-lock-stamp
want=$(sha256sum h5-ionic/package-lock.json | cut -d' ' -f1)
if [ ! -f "$h5_stamp" ] || [ "$(cat "$h5_stamp")" != "$want" ]; then
  (cd h5-ionic && npm ci --no-audit --no-fund) >&2
  echo "$want" > "$h5_stamp"
fi
step "admin console: type check of its end-to-end suite (admin-angular/e2e)"
npx --no-install tsc -p admin-angular/e2e/tsconfig.json >&2
step "admin console: production build (admin-angular/dist)"
build_stamp=admin-angular/dist/.dmh-source-stamp
sources=$(find admin-angular/src admin-angular/public api-client/src shared/src/errors shared/src/forms shared/src/rewards shared/src/money shared/src/pages shared/src/sync \
  admin-angular/angular.json admin-angular/package-lock.json admin-angular/tsconfig.json admin-angular/tsconfig.app.json \
  -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if [ ! -f "$build_stamp" ] || [ "$(cat "$build_stamp")" != "$sources" ]; then
  (cd admin-angular && NG_CLI_ANALYTICS=false npx --no-install ng build) >&2
  echo "$sources" > "$build_stamp"
fi

step "H5 app: type check of its end-to-end suite (h5-ionic/e2e)"
npx --no-install tsc -p h5-ionic/e2e/tsconfig.json >&2
step "H5 app: production build (h5-ionic/www)"
h5_build_stamp=h5-ionic/www/.dmh-source-stamp
sources=$(find h5-ionic/src h5-ionic/public h5-ionic/scripts api-client/src shared/src/errors shared/src/forms shared/src/pages \
  h5-ionic/angular.json h5-ionic/package.json h5-ionic/package-lock.json h5-ionic/tsconfig.json h5-ionic/tsconfig.app.json \
  -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if [ ! -f "$h5_build_stamp" ] || [ "$(cat "$h5_build_stamp")" != "$sources" ]; then
  # npm run build: merged chunks (NG_BUILD_OPTIMIZE_CHUNKS) and the first-load budget of issue #12 (250 kB gzipped).
  (cd h5-ionic && NG_CLI_ANALYTICS=false npm run --silent build) >&2
  echo "$sources" > "$h5_build_stamp"
fi

step "Dapr runtime"
if [ -n "${DAPR_BIN_DIR:-}" ]; then
  for c in daprd placement scheduler; do
    [ -x "$DAPR_BIN_DIR/$c" ] || { echo "[bootstrap] DAPR_BIN_DIR=$DAPR_BIN_DIR has no executable $c" >&2; exit 1; }
  done
  bin=$DAPR_BIN_DIR
else
  dapr_rc=0
  wait "$dapr_pid" || dapr_rc=$?
  dapr_pid=""
  cat "$dapr_tmp/log" >&2
  [ "$dapr_rc" -eq 0 ] || { echo "[bootstrap] scripts/dapr-ensure.sh failed (exit $dapr_rc): its log is above" >&2; exit "$dapr_rc"; }
  bin=$(cat "$dapr_tmp/bin")
  [ -n "$bin" ] || { echo "[bootstrap] scripts/dapr-ensure.sh printed no binary directory" >&2; exit 1; }
fi
step "ready in $(( $(date +%s) - t0 ))s"
echo "$bin"
