#!/usr/bin/env bash
# Makes the pinned Schemathesis (from PyPI) available in a virtualenv outside the repo, keyed by version,
# and prints the path of its `schemathesis` command. A second run costs nothing.
set -euo pipefail
VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
VENV="${DMH_CACHE:-$HOME/.cache/dmh}/schemathesis/$VERSION"
bin="$VENV/bin/schemathesis"
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "$VERSION"; then echo "$bin"; exit 0; fi
echo "[schemathesis-ensure] installing schemathesis $VERSION into $VENV" >&2
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION" >&2
echo "$bin"
