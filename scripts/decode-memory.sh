#!/usr/bin/env bash
# Peak memory of a 50 MB typed decode for each payload kind, for
# scripts/bench-update.py (§12 of BENCHMARKS.md).
#
#   scripts/decode-memory.sh [bytes]     (default 52428800)
#
# For each of activity, sleep, daily and body: generates the payload with
# `gen-payload`, then runs `decode-file` (a tryterra-bench binary decoding
# into `tryterra_core::models::Event`) under `/usr/bin/time -f %M`:
#   slice   the file read into memory, then decoded from the buffer (the
#           body and the model coexist, as in a client that buffered the
#           response), peak RSS of the process;
#   reader  the file streamed through a 64 KiB BufReader, peak RSS;
#   heap    the slice path with a counting allocator: the bytes decoding
#           allocated and had not freed, at their peak;
#   sdk, sdk-heap
#           slice and heap through the SDK's Event::from_slice (the
#           byte-level path) instead of serde_json::from_slice;
#   data    the slice path as the typed client's data answer
#           (GetData::parse_owned_response_with, which keeps the buffer).
# Writes target/bench-report/decode-memory.jsonl, one JSON object a line.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-52428800}"
out=target/bench-report
mkdir -p "$out"
CARGO_INCREMENTAL=0 cargo build --release -q -p tryterra-bench --bins
bin=target/release
: > "$out/decode-memory.jsonl"
for kind in activity sleep daily body; do
  payload="$out/$kind-payload.json"
  "$bin/gen-payload" "$kind" "$size" "$payload" > /dev/null
  bytes=$(stat -c %s "$payload")
  # Peak RSS (KiB) of `decode-file <mode> <payload> [args]`, and the heap
  # peak (bytes) that a heap mode prints.
  rss() { /usr/bin/time -f %M "$bin/decode-file" "$1" "$payload" "${@:2}" 2>&1 >/dev/null | tail -1; }
  heap_peak() { "$bin/decode-file" "$1" "$payload" | sed -n 's/.*decode heap peak \([0-9]*\) bytes.*/\1/p'; }
  slice=$(rss slice)
  reader=$(rss reader)
  heap=$(heap_peak heap)
  sdk=$(rss sdk)
  data=$(rss data "$kind")
  sdk_heap=$(heap_peak sdk-heap)
  line="{\"kind\":\"$kind\",\"bytes\":$bytes,\"slice_rss_kib\":$slice,\"reader_rss_kib\":$reader,\"heap_peak_bytes\":$heap,\"sdk_rss_kib\":$sdk,\"sdk_heap_peak_bytes\":$sdk_heap,\"data_rss_kib\":$data}"
  echo "$line" | tee -a "$out/decode-memory.jsonl"
  rm -f "$payload"
done
