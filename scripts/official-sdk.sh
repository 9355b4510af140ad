#!/usr/bin/env bash
# Terra's official Python SDK (terra-python 1.1.0, from PyPI) as a client of
# the emulator: calls each of its 25 operations and checks the answers it
# parses, and checks that for the commands covering the SDK's operations
# the `terra` CLI sends the same requests as the SDK (method, path, query,
# JSON body). See scripts/official-sdk/check.py.
#
# Environment:
#   OFFICIAL_SDK_VENV  venv to create/reuse (default target/official-sdk-venv)
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${OFFICIAL_SDK_VENV:-target/official-sdk-venv}
version=1.1.0

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import importlib.metadata as m; assert m.version('terra-python') == '$version'" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "terra-python==$version"
fi

cargo build --quiet -p tryterra-mock --bin tryterra-mock -p tryterra-cli --bin terra
target=$(cargo metadata --format-version 1 --no-deps 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug

mkdir -p target
work=$(mktemp -d "$PWD/target/official-sdk.XXXXXX")
mock_pid=
cleanup() {
  if [ -n "$mock_pid" ]; then
    kill "$mock_pid" 2>/dev/null || true
    wait "$mock_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$target/tryterra-mock" --port 0 --users 3 >"$work/mock.out" 2>&1 &
mock_pid=$!
base=
for _ in $(seq 100); do
  base=$(sed -n 's/^tryterra-mock listening on \(http:\/\/127\.0\.0\.1:[0-9]*\/v2\)$/\1/p' "$work/mock.out")
  [ -n "$base" ] && break
  kill -0 "$mock_pid" 2>/dev/null || { cat "$work/mock.out" >&2; exit 1; }
  sleep 0.1
done
if [ -z "$base" ]; then
  echo "official-sdk.sh: the emulator did not start" >&2
  exit 1
fi

timeout 300 "$venv/bin/python" scripts/official-sdk/check.py \
  --base-url "$base" --terra "$target/terra" --work "$work"
