#!/usr/bin/env bash
# Installs the Debian packages DMH needs on a fresh machine (idempotent: a second run costs a second).
#  - mariadb-server, redis-server, rabbitmq-server: MySQL-compatible system of record, cache/pub-sub, sync broker
#  - canvas build deps + fonts-noto-cjk: poster rendering with Chinese text (node-gyp builds canvas here)
#  - chromium: headless browser for Karma/Jasmine and end-to-end checks
#  - python3-venv: the virtualenv Schemathesis (from PyPI) is installed into for the API contract tests
#  - jq: the README's walk-through of a paid order reads JSON with it
#  - prometheus: its promtool checks and unit-tests the alert rules and scrape config (deploy/prometheus/)
#  - openjdk-17-jre-headless, maven: the trace store, Zipkin's server jar from Maven Central (scripts/zipkin-ensure.sh)
#  - nginx: in front of the API replicas when the stack runs more than one (DMH_API_REPLICAS, scripts/stack/nginx.ts)
set -euo pipefail
PKGS=(mariadb-server mariadb-client redis-server rabbitmq-server jq
      build-essential pkg-config python3 python3-venv
      libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev libpixman-1-dev fonts-noto-cjk
      chromium prometheus openjdk-17-jre-headless maven nginx)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "[system-deps] installing: ${missing[*]}" >&2
# Services are started by the project's own supervisor (scripts/stack.sh), not by the package scripts.
export DEBIAN_FRONTEND=noninteractive RUNLEVEL=1
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
