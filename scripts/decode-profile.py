#!/usr/bin/env python3
"""Where the typed decode spends its time, per payload kind.

Runs `perf record` on `cargo run --release -p tryterra-bench --example
decode_loop -- <kind> 10485760 40 <mode>` (the decode bench's 10 MB payload,
decoded 40 times in one warmed-up process, with the decode bench's glibc
tunables) for serde's decode (`typed`) and for the SDK's byte-level one
(`fast`), sorts every sampled function into a few buckets by its symbol
name, and writes the shares to target/bench-report/decode-profile.json for
scripts/bench-update.py (and prints them).

Self time only (no call graphs): what is inlined into a caller counts for
the caller, so the buckets are approximate; the payload generation that runs
before the loop is counted apart and left out of the shares.

    python3 scripts/decode-profile.py            # needs perf
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench-report")
TUNABLES = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=4294967295"

# First match wins; patterns are searched in the demangled symbol.
BUCKETS = [
    ("payload generation (setup)", [r"tryterra_bench::", r"core::fmt", r"flt2dec", r"alloc::fmt",
                                    r"String as core::fmt::Write", r"write_str", r"write_fmt"]),
    ("timestamps (copying the string into the model)", [r"models::time::"]),
    ("numbers (digits to i64 / f64)", [r"parse_integer", r"parse_number", r"parse_decimal",
                                      r"parse_exponent", r"f64_from", r"parse_long_integer",
                                      r"lexical", r"ignore_integer", r"parse_any_number", r"scan_integer"]),
    ("strings and keys: scanning, escapes, UTF-8 checks", [r"parse_str", r"skip_to_escape", r"memchr",
                                                         r"from_utf8", r"deserialize_bytes",
                                                         r"deserialize_str", r"KeySeed", r"run_utf8"]),
    ("allocation, copies and freeing", [r"malloc", r"_int_free", r"cfree", r"\bfree\b", r"realloc",
                                        r"memmove", r"memcpy", r"memset", r"unlink_chunk",
                                        r"drop_in_place", r"dying_next", r"RawVec", r"grow_one",
                                        r"finish_grow", r"__rust_dealloc", r"__rust_alloc", r"alloc::alloc"]),
    ("lists: element loop and pushes", [r"List<T>", r"SeqAccess", r"has_next_element", r"end_seq"]),
    ("objects: key dispatch, field stores, tolerant wrappers", [r"generated::", r"visit_map", r"MapAccess",
                                                               r"has_next_key", r"end_map", r"tolerant::",
                                                               r"support::", r"Option<T>", r"string_keys",
                                                               r"deserialize_any", r"FitSeed", r"Fit for",
                                                               r"PhantomData"]),
    ("kernel (page faults, scheduling)", [r"^\[k\]"]),
]
# The byte-level decoder (`models::fast`): most of it is inlined into the
# `Fast` impls of the models and of `Option<T>` (which holds the inlined
# value decoders of optional members), so "objects" also holds part of
# the number and timestamp work.
FAST_BUCKETS = [
    BUCKETS[0],
    ("timestamps (scan and copy into the model)", [r"models::time::"]),
    ("numbers (digits to i64 / f64)", [r"Cursor::number", r"short_decimal", r"<f64 as", r"<i64 as",
                                      r"<u64 as", r"dec2flt"]),
    ("strings and keys: scanning, matching, UTF-8 checks", [r"raw_str", r"plain_ascii_len", r"key_is",
                                                          r"memchr", r"from_utf8", r"memcmp", r"raw_value",
                                                          r"skip_string"]),
    ("allocation, copies and freeing", BUCKETS[4][1]),
    ("lists: element loop and pushes", [r"fast::items", r"List<T>"]),
    ("objects: key dispatch, field stores, optional members", [r"generated::", r"Option<T>", r"fast::object",
                                                               r"Fast for", r"as tryterra_core::models::fast::Fast"]),
    ("kernel (page faults, scheduling)", [r"^\[k\]"]),
]
KINDS = ["activity", "sleep", "daily", "body"]
MODES = [("typed", BUCKETS, "kinds"), ("fast", FAST_BUCKETS, "fast")]


def bucket(sym, buckets):
    for name, pats in buckets:
        if any(re.search(p, sym) for p in pats):
            return name
    return "other"


def main():
    os.makedirs(OUT, exist_ok=True)
    env = dict(os.environ, CARGO_PROFILE_RELEASE_DEBUG="line-tables-only", CARGO_INCREMENTAL="0")
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "tryterra-bench", "--example", "decode_loop"],
                   cwd=ROOT, env=env, check=True)
    exe = os.path.join(ROOT, "target", "release", "examples", "decode_loop")
    result = {"command": "perf record -F 4000 decode_loop <kind> 10485760 40 <typed|fast>", "kinds": {}, "fast": {}}
    for mode, buckets, key in MODES:
        for kind in KINDS:
            data = os.path.join(OUT, f"perf-{kind}-{mode}.data")
            run = subprocess.run(["perf", "record", "-q", "-F", "4000", "-o", data, exe, kind, "10485760", "40", mode],
                                 env=dict(os.environ, GLIBC_TUNABLES=TUNABLES), capture_output=True, text=True,
                                 check=True)
            speed = run.stdout.strip()
            rep = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "symbol", "--stdio",
                                  "--percent-limit", "0"], capture_output=True, text=True, check=True).stdout
            os.remove(data)
            shares = {}
            for line in rep.splitlines():
                m = re.match(r"\s+([0-9.]+)%\s+(\[[.k]\])\s+(.*?)\s*(-\s+-\s*)?$", line)
                if not m:
                    continue
                pct, mark, sym = float(m.group(1)), m.group(2), m.group(3)
                name = bucket(("[k] " if mark == "[k]" else "") + sym, buckets)
                shares[name] = shares.get(name, 0.0) + pct
            setup = shares.pop("payload generation (setup)", 0.0)
            total = sum(shares.values()) or 1.0
            result[key][kind] = {"speed": speed, "setup_pct": round(setup, 1),
                                 "shares": {k: round(v * 100 / total, 1) for k, v in
                                            sorted(shares.items(), key=lambda kv: -kv[1])}}
            print(mode, kind, speed, json.dumps(result[key][kind]["shares"]))
    with open(os.path.join(OUT, "decode-profile.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
