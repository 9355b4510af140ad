#!/usr/bin/env bash
# Fuzzes the emulator (tryterra-mock) with Schemathesis and the pinned
# OpenAPI spec: server errors, status codes, content types, response
# schemas, and that invalid input is refused. Failures are compared with
# the commented allow-list of spec defects in
# scripts/schemathesis/allow-list.toml; anything else fails the run.
#
# Usage: scripts/schemathesis.sh [SPEC]
#   SPEC defaults to ../shared/terra-openapi/v2-bundled.yaml (CI layout).
# Environment:
#   SCHEMATHESIS_VENV      venv to create/reuse (default target/schemathesis-venv)
#   SCHEMATHESIS_EXAMPLES  examples per operation and phase (default 50)
#   SCHEMATHESIS_TIMEOUT   hard limit of the Schemathesis run, seconds (default 480)
#   SCHEMATHESIS_SEED      seed (default 20260717)
#   SCHEMATHESIS_KEEP      directory to keep the logs and the NDJSON report in
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

spec=${1:-../shared/terra-openapi/v2-bundled.yaml}
venv=${SCHEMATHESIS_VENV:-target/schemathesis-venv}
examples=${SCHEMATHESIS_EXAMPLES:-50}
limit=${SCHEMATHESIS_TIMEOUT:-480}
seed=${SCHEMATHESIS_SEED:-20260717}
version=4.32.5

if [ ! -f "$spec" ]; then
  echo "schemathesis.sh: spec not found at $spec" >&2
  exit 2
fi

if [ ! -x "$venv/bin/schemathesis" ] || ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$version"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

cargo build --quiet -p tryterra-mock --bin tryterra-mock
mock_bin=$(cargo metadata --format-version 1 --no-deps 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/tryterra-mock

. scripts/lib/emulator.sh
start_emulator schemathesis "$mock_bin" --users 3
echo "emulator at $base (pid $mock_pid)"

set +e
timeout "$limit" "$venv/bin/schemathesis" \
  --config-file scripts/schemathesis/schemathesis.toml \
  run "$spec" \
  --url "$base" \
  -H "x-api-key: key-mock" -H "dev-id: dev-mock" \
  --checks all \
  --seed "$seed" \
  --max-examples "$examples" \
  --workers 1 \
  --no-color \
  --report ndjson --report-ndjson-path "$work/events.ndjson" \
  >"$work/schemathesis.log" 2>&1
st_status=$?
set -e
tail -n 40 "$work/schemathesis.log"
if [ -n "${SCHEMATHESIS_KEEP:-}" ]; then
  mkdir -p "$SCHEMATHESIS_KEEP"
  cp "$work/schemathesis.log" "$work/events.ndjson" "$work/mock.out" "$SCHEMATHESIS_KEEP/"
fi
if [ ! -s "$work/events.ndjson" ]; then
  echo "schemathesis.sh: Schemathesis wrote no report (exit $st_status)" >&2
  cat "$work/schemathesis.log" >&2
  exit 1
fi
echo
python3 scripts/schemathesis/check.py scripts/schemathesis/allow-list.toml "$work/events.ndjson"
