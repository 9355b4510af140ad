# Sourced by the scripts that point an outside client at the emulator
# (schemathesis.sh, official-sdk.sh): a scratch folder under target/, the
# emulator started on a free loopback port, and both cleaned up on exit.
#
#   start_emulator NAME BIN [ARGS...]
#
# sets `work` (the scratch folder), `mock_pid` and `base` (the emulator's
# base URL, http://127.0.0.1:PORT/v2); NAME prefixes the error messages.

mock_pid=
work=
emulator_cleanup() {
  if [ -n "$mock_pid" ]; then
    kill "$mock_pid" 2>/dev/null || true
    wait "$mock_pid" 2>/dev/null || true
  fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
}

start_emulator() {
  local name=$1 bin=$2
  shift 2
  mkdir -p target
  work=$(mktemp -d "$PWD/target/$name.XXXXXX")
  trap emulator_cleanup EXIT
  # Port 0: the emulator picks a free port and prints its URL first.
  "$bin" --port 0 "$@" >"$work/mock.out" 2>&1 &
  mock_pid=$!
  base=
  for _ in $(seq 100); do
    base=$(sed -n 's/^tryterra-mock listening on \(http:\/\/127\.0\.0\.1:[0-9]*\/v2\)$/\1/p' "$work/mock.out")
    [ -n "$base" ] && return 0
    kill -0 "$mock_pid" 2>/dev/null || { cat "$work/mock.out" >&2; exit 1; }
    sleep 0.1
  done
  echo "$name.sh: the emulator did not start" >&2
  exit 1
}
