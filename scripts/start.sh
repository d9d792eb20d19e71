#!/usr/bin/env bash
# `npm start`: the whole product with its demo data on this machine, no Docker.
# Installs what is missing, starts MariaDB, Redis, RabbitMQ, Dapr placement and scheduler, the API,
# the actor host and the sync worker each with its daprd sidecar, and the WeChat Pay sandbox; migrates,
# seeds the demo data, prints the URLs and demo logins, and streams logs until Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# Not `export X=$(…)`: export's own status (0) would hide a failed bootstrap.
if [ -z "${DAPR_BIN_DIR:-}" ]; then
  DAPR_BIN_DIR=$(bash scripts/bootstrap.sh) || { echo "[start] bootstrap failed: see the [bootstrap] step named above" >&2; exit 1; }
fi
export DAPR_BIN_DIR
exec node --import tsx scripts/stack/cli.ts up --no-build "$@"
