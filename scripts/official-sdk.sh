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

. scripts/lib/emulator.sh
start_emulator official-sdk "$target/tryterra-mock" --users 3

timeout 300 "$venv/bin/python" scripts/official-sdk/check.py \
  --base-url "$base" --terra "$target/terra" --work "$work"
