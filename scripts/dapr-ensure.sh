#!/usr/bin/env bash
# Makes the pinned Dapr runtime binaries (daprd, placement, scheduler) available and prints the
# directory that holds them. Order of preference:
#   1. the cache outside the repo ($DMH_CACHE/dapr/<version>), filled by an earlier run;
#   2. an existing install of exactly this version (~/.dapr/bin, then PATH), copied into the cache;
#   3. a build from the github.com/dapr/dapr Go module fetched through the Go module proxy.
# 1.18.2, not 1.18.3: 1.18.3 needs github.com/dapr/durabletask-go@v0.12.4, which the Go module proxy
# refuses ("403 This module version is not available"); 1.18.2 is the newest 1.18 patch that resolves.
# The build itself: scripts/dapr-module.sh (shared with scripts/deploy/tools.sh, which builds sentry).
set -euo pipefail
source "$(dirname "$0")/dapr-module.sh"

DAPR_VERSION="${DAPR_VERSION:-1.18.2}"
CACHE_ROOT="${DMH_CACHE:-$HOME/.cache/dmh}"
BIN_DIR="$CACHE_ROOT/dapr/$DAPR_VERSION"
COMMANDS=(daprd placement scheduler)

log() { echo "[dapr-ensure] $*" >&2; }

have_all() { for c in "${COMMANDS[@]}"; do [ -x "$1/$c" ] || return 1; done; }

version_of() { "$1" --version 2>/dev/null | head -n1 | tr -d '[:space:]'; }

if have_all "$BIN_DIR" && [ "$(version_of "$BIN_DIR/daprd")" = "$DAPR_VERSION" ]; then
  echo "$BIN_DIR"; exit 0
fi

mkdir -p "$BIN_DIR"

for candidate in "$HOME/.dapr/bin" $(dirname "$(command -v daprd 2>/dev/null || echo /nonexistent/x)"); do
  if have_all "$candidate" && [ "$(version_of "$candidate/daprd")" = "$DAPR_VERSION" ]; then
    log "using the existing Dapr $DAPR_VERSION install in $candidate"
    for c in "${COMMANDS[@]}"; do cp "$candidate/$c" "$BIN_DIR/$c"; done
    echo "$BIN_DIR"; exit 0
  fi
done

command -v go >/dev/null || { log "Go is needed to build Dapr $DAPR_VERSION and was not found"; exit 1; }
log "building Dapr $DAPR_VERSION from its Go module (first run only; cached in $BIN_DIR)"
started=$(date +%s)

dapr_build "$DAPR_VERSION" "$BIN_DIR" daprd:stablecomponents placement scheduler
log "built Dapr $DAPR_VERSION in $(( $(date +%s) - started ))s"
echo "$BIN_DIR"
