# Sourced by scripts/dapr-ensure.sh (daprd, placement, scheduler) and scripts/deploy/tools.sh (sentry, the CRDs):
# Dapr's Go module through the Go module proxy, and its commands built as Dapr's Makefile builds them. The module's
# go.mod has replace directives, so `go install …@version` cannot work: the module is copied somewhere writable
# and `go build` runs there. The caller defines log() and runs with `set -euo pipefail`.
# shellcheck shell=bash

# dapr_module VERSION: sets DAPR_MODULE_DIR (Go's read-only copy of github.com/dapr/dapr@vVERSION) and
# DAPR_MODULE_COMMIT; on failure says why (`go mod download -json` puts its reason in the JSON on stdout).
dapr_module() {
  local version=$1 info work
  work=$(mktemp -d)
  info=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "github.com/dapr/dapr@v$version") ||
    { rm -rf "$work"; log "go mod download of github.com/dapr/dapr@v$version failed: $info"; return 1; }
  rm -rf "$work"
  DAPR_MODULE_DIR=$(printf '%s' "$info" | sed -n 's/.*"Dir": *"\([^"]*\)".*/\1/p')
  DAPR_MODULE_COMMIT=$(printf '%s' "$info" | sed -n 's/.*"Hash": *"\([^"]*\)".*/\1/p')
  [ -d "$DAPR_MODULE_DIR" ] || { log "go mod download did not give a module directory: $info"; return 1; }
}

# dapr_build VERSION OUT_DIR COMMAND[:TAGS]...: builds each ./cmd/COMMAND (with build tags TAGS, if given) into
# OUT_DIR/COMMAND, stamped with Dapr's version and commit. Each lands under its name only once all are built.
dapr_build() {
  local version=$1 out=$2 spec cmd tags work ldflags rc=0
  shift 2
  dapr_module "$version" || return 1
  work=$(mktemp -d)
  cp -r "$DAPR_MODULE_DIR" "$work/dapr" && chmod -R u+w "$work/dapr"
  local pkg=github.com/dapr/dapr/pkg/buildinfo
  ldflags="-s -w -X $pkg.version=$version -X $pkg.gitversion=v$version -X $pkg.gitcommit=${DAPR_MODULE_COMMIT:-unknown}"
  mkdir -p "$out"
  for spec in "$@"; do
    cmd=${spec%%:*}
    tags=""; [ "$spec" = "$cmd" ] || tags=${spec#*:}
    (cd "$work/dapr" && CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" ${tags:+-tags "$tags"} -o "$out/$cmd.tmp" "./cmd/$cmd") || { rc=1; break; }
  done
  chmod -R u+w "$work"; rm -rf "$work"
  [ "$rc" -eq 0 ] || return 1
  for spec in "$@"; do mv "$out/${spec%%:*}.tmp" "$out/${spec%%:*}"; done
}
