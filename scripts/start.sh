#!/usr/bin/env bash
# `npm start`: the whole product with its demo data on this machine, no Docker.
# Installs what is missing, starts MariaDB, Redis, RabbitMQ, Dapr placement and scheduler, the API,
# the actor host and the sync worker each with its daprd sidecar, and the WeChat Pay sandbox; migrates,
# seeds the demo data, prints the URLs and demo logins, and streams logs until Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
export DAPR_BIN_DIR="${DAPR_BIN_DIR:-$(bash scripts/bootstrap.sh)}"
exec node --import tsx scripts/stack/cli.ts up --no-build "$@"
