#!/usr/bin/env bash
# Makes the pinned Zipkin server (the trace store of the local stack, from Maven Central) available outside
# the repo, keyed by version, and prints the path of its executable jar. A second run costs nothing.
# Needs java (17+) to run it and maven to fetch it (scripts/system-deps.sh installs both).
set -euo pipefail
VERSION="${ZIPKIN_VERSION:-3.5.1}"
DIR="${DMH_CACHE:-$HOME/.cache/dmh}/zipkin/$VERSION"
jar="$DIR/zipkin-server-$VERSION-exec.jar"
if [ -s "$jar" ] && [ -s "$jar.sha1" ] && [ "$(sha1sum "$jar" | cut -d' ' -f1)" = "$(cut -c1-40 "$jar.sha1")" ]; then echo "$jar"; exit 0; fi
echo "[zipkin-ensure] fetching io.zipkin:zipkin-server:$VERSION:jar:exec from Maven Central into $DIR" >&2
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
mvn -q -B -Dmaven.repo.local="$repo" dependency:get -Dartifact="io.zipkin:zipkin-server:$VERSION:jar:exec" -Dtransitive=false >&2
src="$repo/io/zipkin/zipkin-server/$VERSION/zipkin-server-$VERSION-exec.jar"
# Maven checked the download against Central's .sha1; it is kept beside the copy so a damaged copy is fetched again.
[ -s "$src.sha1" ] || { echo "[zipkin-ensure] $src.sha1 missing after the download" >&2; exit 1; }
[ "$(sha1sum "$src" | cut -d' ' -f1)" = "$(cut -c1-40 "$src.sha1")" ] || { echo "[zipkin-ensure] $src does not match its sha1" >&2; exit 1; }
mkdir -p "$DIR"
cp "$src" "$jar.tmp" && cp "$src.sha1" "$jar.sha1" && mv "$jar.tmp" "$jar"
echo "$jar"
