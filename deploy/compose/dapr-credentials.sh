#!/usr/bin/env bash
# The issuer credentials of docker-compose.yml's Dapr sentry (the mTLS certificate authority of the sidecars,
# placement and scheduler), made with openssl:
#   <dir>/ca.crt      the root certificate: the trust anchors every Dapr process checks certificates against
#   <dir>/issuer.crt  the issuer certificate (an intermediate CA signed by the root) sentry signs with
#   <dir>/issuer.key  its private key
#   <dir>/../dapr-root-ca/ca.key  the root's private key, NOT mounted anywhere: keep it offline; it signs the
#                     next issuer (rerun with --reissue when issuer.crt nears its end, in a year).
# These are sentry's file names (pkg/sentry/config of Dapr 1.18: ca.crt, issuer.crt, issuer.key, read from
# --issuer-credentials). Sentry would generate a self-signed set itself when the folder is empty, but daprd
# takes the trust anchors only from the DAPR_TRUST_ANCHORS variable (no file flag; its image has no shell to read
# one), so the root must exist before the sidecars start: hence this script, run once before the first
# `docker-compose up`.
#
#   bash deploy/compose/dapr-credentials.sh [dir]        # dir: deploy/compose/dapr-credentials by default
#   export DAPR_TRUST_ANCHORS="$(cat deploy/compose/dapr-credentials/ca.crt)"
#   docker-compose up -d
#
# Sentry runs as the image's non-root user 65532 and must read issuer.key: run as root, the script gives the
# file to that user (mode 0400); otherwise it prints the chown to run.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
reissue=false
if [ "${1:-}" = "--reissue" ]; then reissue=true; shift; fi
dir="${1:-$here/dapr-credentials}"
root_dir="$(dirname "$dir")/dapr-root-ca"
days_root="${DAPR_ROOT_DAYS:-3650}"
days_issuer="${DAPR_ISSUER_DAYS:-365}"
# Dapr's control-plane trust domain (--trust-domain of sentry, placement and scheduler in docker-compose.yml).
trust_domain="cluster.local"

mkdir -p "$dir" "$root_dir"
chmod 0700 "$root_dir"
if [ -e "$dir/ca.crt" ] && ! $reissue; then
  echo "dapr-credentials: $dir/ca.crt exists; nothing done (--reissue makes a new issuer under the same root)" >&2
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! $reissue; then
  openssl ecparam -name prime256v1 -genkey -noout -out "$root_dir/ca.key"
  chmod 0400 "$root_dir/ca.key"
  openssl req -x509 -new -sha256 -key "$root_dir/ca.key" -days "$days_root" -subj "/O=DMH/CN=$trust_domain" \
    -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$dir/ca.crt"
fi
[ -r "$root_dir/ca.key" ] || { echo "dapr-credentials: no root key in $root_dir: cannot reissue" >&2; exit 1; }

openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/issuer.key"
openssl req -new -sha256 -key "$tmp/issuer.key" -subj "/O=DMH/CN=$trust_domain" -out "$tmp/issuer.csr"
cat > "$tmp/issuer.ext" <<'EOF'
basicConstraints=critical,CA:true,pathlen:0
keyUsage=critical,keyCertSign,cRLSign
EOF
openssl x509 -req -sha256 -in "$tmp/issuer.csr" -CA "$dir/ca.crt" -CAkey "$root_dir/ca.key" -CAcreateserial \
  -CAserial "$root_dir/ca.srl" -days "$days_issuer" -extfile "$tmp/issuer.ext" -out "$tmp/issuer.crt"
openssl verify -CAfile "$dir/ca.crt" "$tmp/issuer.crt" >/dev/null
install -m 0644 "$tmp/issuer.crt" "$dir/issuer.crt"
install -m 0400 "$tmp/issuer.key" "$dir/issuer.key"
chmod 0644 "$dir/ca.crt"

if [ "$(id -u)" = 0 ]; then
  chown 65532:65532 "$dir/issuer.key"
else
  echo "dapr-credentials: sentry (user 65532 in its container) must read issuer.key: sudo chown 65532:65532 '$dir/issuer.key'" >&2
fi
echo "dapr-credentials: written to $dir; now: export DAPR_TRUST_ANCHORS=\"\$(cat '$dir/ca.crt')\"" >&2
