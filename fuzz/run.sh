#!/usr/bin/env bash
# Builds the libFuzzer targets with stable Rust (no nightly, no cargo-fuzz
# needed) and runs each of them for a fixed number of executions.
#
#   fuzz/run.sh                      # every target, 1,000,000 runs each
#   fuzz/run.sh event_decode 5000000 # one target, 5,000,000 runs
#   FUZZ_JOBS=2 fuzz/run.sh          # … with libFuzzer forks
#
# The instrumentation flags are the ones cargo-fuzz passes with
# `--sanitizer none`; they are all stable. With cargo-fuzz installed,
# `RUSTC_BOOTSTRAP=1 cargo fuzz run <target> -s none` works as well.
# Crashes land in fuzz/artifacts/<target>/; the growing corpus in
# fuzz/corpus/<target>/ (not committed); seeds in fuzz/seeds/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
TARGETS=(signature_header verify_and_parse response_parsers event_decode cli_decode fast_decode)
RUNS=1000000
if [[ $# -ge 1 ]]; then TARGETS=("$1"); fi
if [[ $# -ge 2 ]]; then RUNS="$2"; fi

export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 -Cdebug-assertions -Coverflow-checks -Ccodegen-units=16"
# An explicit --target keeps the flags off build scripts and proc macros.
HOST=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --bins --target "$HOST"
BIN="target/$HOST/release"

mkdir -p logs
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t" "seeds/$t"
  echo "== $t: $RUNS runs"
  start=$(date +%s.%N)
  "$BIN/$t" -runs="$RUNS" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="artifacts/$t/" -print_final_stats=1 \
      ${FUZZ_JOBS:+-fork=$FUZZ_JOBS} \
      "corpus/$t" "seeds/$t" 2>&1 | tee "logs/$t.log" | grep -E "^(Done|#[0-9]+ +DONE|==|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|panicked" || true
  end=$(date +%s.%N)
  printf '%s: %.1f s wall\n' "$t" "$(echo "$end - $start" | bc)" | tee -a "logs/$t.log"
done
