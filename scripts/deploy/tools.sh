#!/usr/bin/env bash
# Gets the tools that check the Kubernetes deployment (tests/deploy/helm-chart.test.ts) without a cluster,
# each cached outside the repo under $DMH_CACHE (default ~/.cache/dmh) and reused when present:
#   helm                 built from its Go module (helm.sh/helm/v3 at $HELM_VERSION) into helm/<version>/
#   kubernetes-validate  from PyPI, in a virtualenv kubernetes-validate/<version>/ (Kubernetes' schemas
#                        ship inside the package, so validation is offline); jsonschema comes with it
#   Dapr's CRDs          the CustomResourceDefinition YAMLs in the github.com/dapr/dapr Go module
#                        (charts/dapr/crds/), copied to dapr-crds/<version>/, with the sidecar injector's
#                        list of pod annotations (pkg/injector/annotations/annotations.go)
#   docker-compose       Debian's package (1.29.x), whose `config` validates a compose file with no engine
#   Dapr's sentry        built from the same Go module into dapr-sentry/<version>/ (tests/deploy/compose-mtls.test.ts
#                        runs docker-compose.yml's sentry, placement, scheduler and sidecars; the other three
#                        binaries are the local stack's, scripts/dapr-ensure.sh)
#
#   bash scripts/deploy/tools.sh            install what is missing, then print NAME=path lines
#   bash scripts/deploy/tools.sh --locate   print NAME=path lines; exit 1 (naming what is missing) if any is
#
# The test calls --locate: a missing tool fails the test, it never skips.
set -euo pipefail
source "$(dirname "$0")/../dapr-module.sh"

HELM_VERSION="${HELM_VERSION:-v3.21.4}"            # v3.22.0 is served but not approved here
KV_VERSION="${KUBERNETES_VALIDATE_VERSION:-1.37.0}"
DAPR_VERSION="${DAPR_VERSION:-1.18.2}"              # the same Dapr the local stack runs (scripts/dapr-ensure.sh)
CACHE_ROOT="${DMH_CACHE:-$HOME/.cache/dmh}"

HELM_DIR="$CACHE_ROOT/helm/$HELM_VERSION"
KV_DIR="$CACHE_ROOT/kubernetes-validate/$KV_VERSION"
CRD_DIR="$CACHE_ROOT/dapr-crds/$DAPR_VERSION"
SENTRY_DIR="$CACHE_ROOT/dapr-sentry/$DAPR_VERSION"

log() { echo "[deploy-tools] $*" >&2; }

# The stamp records the ldflags the binary was built with (a binary from before them is rebuilt).
HELM_STAMP="version=$HELM_VERSION ldflags=k8sVersion"
helm_ok() {
  [ -x "$HELM_DIR/helm" ] && [ "$(cat "$HELM_DIR/.built" 2>/dev/null)" = "$HELM_STAMP" ] &&
    "$HELM_DIR/helm" version --short 2>/dev/null | grep -q "^$HELM_VERSION"
}
kv_ok() {
  [ -x "$KV_DIR/bin/kubernetes-validate" ] && [ -x "$KV_DIR/bin/python" ] &&
    "$KV_DIR/bin/python" -c 'import jsonschema, yaml' 2>/dev/null &&
    "$KV_DIR/bin/kubernetes-validate" --version 2>/dev/null | grep -q "$KV_VERSION"
}
crds_ok() {
  [ -f "$CRD_DIR/components.yaml" ] && [ -f "$CRD_DIR/configuration.yaml" ] && [ -f "$CRD_DIR/resiliency.yaml" ] &&
    [ -f "$CRD_DIR/injector-annotations.go" ]
}
compose_ok() { command -v docker-compose >/dev/null && docker-compose version --short >/dev/null 2>&1; }
# sentry has no --version: a stamp records what was built.
sentry_ok() { [ -x "$SENTRY_DIR/sentry" ] && [ "$(cat "$SENTRY_DIR/.built" 2>/dev/null)" = "dapr $DAPR_VERSION" ]; }

print_paths() {
  echo "HELM=$HELM_DIR/helm"
  echo "KUBERNETES_VALIDATE=$KV_DIR/bin/kubernetes-validate"
  echo "KV_PYTHON=$KV_DIR/bin/python"
  echo "DAPR_CRDS=$CRD_DIR"
  echo "DOCKER_COMPOSE=$(command -v docker-compose || echo missing)"
  echo "DAPR_SENTRY=$SENTRY_DIR/sentry"
}

if [ "${1:-}" = "--locate" ]; then
  missing=()
  helm_ok || missing+=("helm $HELM_VERSION in $HELM_DIR")
  kv_ok || missing+=("kubernetes-validate $KV_VERSION in $KV_DIR")
  crds_ok || missing+=("Dapr $DAPR_VERSION CRDs in $CRD_DIR")
  compose_ok || missing+=("docker-compose (Debian package)")
  sentry_ok || missing+=("Dapr $DAPR_VERSION sentry in $SENTRY_DIR")
  if [ ${#missing[@]} -gt 0 ]; then
    log "missing: ${missing[*]}; run: bash scripts/deploy/tools.sh"
    exit 1
  fi
  print_paths; exit 0
fi

started=$(date +%s)

if ! helm_ok; then
  command -v go >/dev/null || { log "Go is needed to build helm and was not found"; exit 1; }
  log "building helm $HELM_VERSION from its Go module into $HELM_DIR"
  t=$(date +%s)
  mkdir -p "$HELM_DIR"
  # The ldflags of helm's Makefile: its version, and the Kubernetes version `helm template`/`lint` assume
  # (the minor of the client-go it is built with; without them helm assumes Kubernetes 1.20).
  mod=$(cd "$(mktemp -d)" && go mod download -json "helm.sh/helm/v3@$HELM_VERSION" | sed -n 's/.*"Dir": *"\([^"]*\)".*/\1/p')
  k8s_minor=$(sed -n 's#^[[:space:]]*k8s.io/client-go v0\.\([0-9]*\)\..*#\1#p' "$mod/go.mod" | head -n1)
  [ -n "$k8s_minor" ] || { log "cannot read client-go's version from $mod/go.mod"; exit 1; }
  ld="-s -w -X helm.sh/helm/v3/internal/version.version=$HELM_VERSION"
  for pkg in pkg/lint/rules pkg/chartutil; do
    ld="$ld -X helm.sh/helm/v3/$pkg.k8sVersionMajor=1 -X helm.sh/helm/v3/$pkg.k8sVersionMinor=$k8s_minor"
  done
  GOBIN="$HELM_DIR" CGO_ENABLED=0 go install -trimpath -ldflags "$ld" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  echo "$HELM_STAMP" > "$HELM_DIR/.built"
  helm_ok || { log "helm built but does not report $HELM_VERSION: $("$HELM_DIR/helm" version --short 2>&1)"; exit 1; }
  log "helm built in $(( $(date +%s) - t ))s"
fi

if ! kv_ok; then
  log "installing kubernetes-validate $KV_VERSION into $KV_DIR"
  t=$(date +%s)
  rm -rf "$KV_DIR"
  python3 -m venv "$KV_DIR"
  "$KV_DIR/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$KV_VERSION" jsonschema pyyaml >&2
  kv_ok || { log "kubernetes-validate installed but not usable"; exit 1; }
  log "kubernetes-validate installed in $(( $(date +%s) - t ))s"
fi

if ! crds_ok; then
  command -v go >/dev/null || { log "Go is needed to download the Dapr module and was not found"; exit 1; }
  log "getting Dapr $DAPR_VERSION's CRDs from its Go module"
  dapr_module "$DAPR_VERSION"
  src=$DAPR_MODULE_DIR
  [ -d "$src/charts/dapr/crds" ] || { log "no charts/dapr/crds in the module directory $src"; exit 1; }
  mkdir -p "$CRD_DIR"
  cp "$src"/charts/dapr/crds/*.yaml "$CRD_DIR/"
  cp "$src/pkg/injector/annotations/annotations.go" "$CRD_DIR/injector-annotations.go"
  chmod u+w "$CRD_DIR"/*
  crds_ok || { log "the module's CRD folder lacks components/configuration/resiliency: $(ls "$CRD_DIR")"; exit 1; }
fi

if ! compose_ok; then
  log "installing Debian's docker-compose"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  # --no-install-recommends: the compose client only, not the Docker engine (docker.io is only recommended).
  install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends docker-compose >&2; }
  install || { $SUDO apt-get update -q >&2 && install; }
  compose_ok || { log "docker-compose installed but does not run"; exit 1; }
fi

if ! sentry_ok; then
  command -v go >/dev/null || { log "Go is needed to build Dapr's sentry and was not found"; exit 1; }
  log "building Dapr $DAPR_VERSION's sentry from its Go module into $SENTRY_DIR (as scripts/dapr-ensure.sh builds daprd)"
  t=$(date +%s)
  dapr_build "$DAPR_VERSION" "$SENTRY_DIR" sentry
  echo "dapr $DAPR_VERSION" > "$SENTRY_DIR/.built"
  help=$("$SENTRY_DIR/sentry" --help 2>&1 || true)
  grep -q -- '--issuer-credentials' <<<"$help" || { log "sentry built but does not run: $help"; exit 1; }
  log "sentry built in $(( $(date +%s) - t ))s"
fi

log "tools ready in $(( $(date +%s) - started ))s"
print_paths
