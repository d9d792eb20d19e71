#!/usr/bin/env bash
# Everything `npm start` and `npm test` need before they run, on a fresh machine or a warm one:
#   Debian packages → npm dependencies → TypeScript build → the pinned Dapr binaries.
# Each step is a no-op when it is already done, so a second run costs seconds.
# Prints the Dapr binary directory on stdout (everything else goes to stderr).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "[bootstrap] $*" >&2; }
t0=$(date +%s)

step "Debian packages (MariaDB, Redis, RabbitMQ, canvas libraries, CJK fonts, Chromium)"
bash scripts/system-deps.sh >&2

# Reinstall only when the lock file changed since the last install.
stamp=node_modules/.dmh-lock-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund >&2
  echo "$want" > "$stamp"
fi

step "TypeScript build"
npm run --silent build >&2

step "Dapr runtime"
bin=$(bash scripts/dapr-ensure.sh)
step "ready in $(( $(date +%s) - t0 ))s"
echo "$bin"
