#!/usr/bin/env bash
# Makes the pinned Dapr runtime binaries (daprd, placement, scheduler) available and prints the
# directory that holds them. Order of preference:
#   1. the cache outside the repo ($DMH_CACHE/dapr/<version>), filled by an earlier run;
#   2. an existing install of exactly this version (~/.dapr/bin, then PATH), copied into the cache;
#   3. a build from the github.com/dapr/dapr Go module fetched through the Go module proxy.
# 1.18.2, not 1.18.3: 1.18.3 needs github.com/dapr/durabletask-go@v0.12.4, which the Go module proxy
# refuses ("403 This module version is not available"); 1.18.2 is the newest 1.18 patch that resolves.
# The module's go.mod has replace directives, so `go install …@version` cannot work: we download the
# module, copy it somewhere writable and `go build` the three commands there, as dapr's Makefile does.
set -euo pipefail

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

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
# On failure `go mod download -json` puts its reason in the JSON it prints on stdout: show it.
info=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "github.com/dapr/dapr@v$DAPR_VERSION") ||
  { log "go mod download of github.com/dapr/dapr@v$DAPR_VERSION failed: $info"; exit 1; }
src=$(printf '%s' "$info" | sed -n 's/.*"Dir": *"\([^"]*\)".*/\1/p')
[ -d "$src" ] || { log "go mod download did not give a module directory: $info"; exit 1; }
commit=$(printf '%s' "$info" | sed -n 's/.*"Hash": *"\([^"]*\)".*/\1/p')
cp -r "$src" "$work/dapr" && chmod -R u+w "$work/dapr"

pkg=github.com/dapr/dapr/pkg/buildinfo
ldflags="-s -w -X $pkg.version=$DAPR_VERSION -X $pkg.gitversion=v$DAPR_VERSION -X $pkg.gitcommit=${commit:-unknown}"
(
  cd "$work/dapr"
  export CGO_ENABLED=0
  go build -trimpath -ldflags "$ldflags" -tags stablecomponents -o "$BIN_DIR/daprd.tmp" ./cmd/daprd
  go build -trimpath -ldflags "$ldflags" -o "$BIN_DIR/placement.tmp" ./cmd/placement
  go build -trimpath -ldflags "$ldflags" -o "$BIN_DIR/scheduler.tmp" ./cmd/scheduler
)
for c in "${COMMANDS[@]}"; do mv "$BIN_DIR/$c.tmp" "$BIN_DIR/$c"; done
log "built Dapr $DAPR_VERSION in $(( $(date +%s) - started ))s"
echo "$BIN_DIR"
