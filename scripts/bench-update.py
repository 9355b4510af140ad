#!/usr/bin/env python3
"""Re-renders the sections of BENCHMARKS.md that a partial re-measurement
covers, and leaves every other section as the last full run of
scripts/bench-report wrote it.

A full report takes the better part of an hour on this 2-core machine. When
only some figures need measuring again after a change (the SDK's per-call
overhead, the fresh-clone build times), run those measurements alone:

    cargo run --release -p tryterra-bench --example e2e_paired 50 20000 \
        > target/bench-report/e2e-paired.jsonl
    scripts/bench-report --first-contact-only
    TERRA_E2E_DATE=... TERRA_E2E_REV=... TERRA_E2E_LOAD=... python3 scripts/bench-update.py

(the TERRA_E2E_* variables say when, at which commit and under which load
the pairs were measured; by default the file's time, HEAD and "not
recorded").

This script then writes §10 (first contact) and §11 (SDK overhead, one call
at a time, after the change), replaces the matching rows of the Targets
table, and notes under the header which sections come from which later run.

§12 (the typed decode against sonic-rs's untyped parse, the memory of a
50 MB decode of each kind, and where the decode's time goes) comes from

    GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=4294967295 \
        TERRA_BENCH_STRICT_PAIRS=0 TERRA_BENCH_SIZES=10MB,50MB \
        cargo bench -p tryterra-bench --bench decode -- '/(typed|sdk|data|sonic)/' --noplot
    scripts/decode-memory.sh
    python3 scripts/decode-profile.py

(criterion's estimates and target/criterion/decode-sonic-pairs.jsonl,
target/bench-report/decode-memory.jsonl and decode-profile.json), with
TERRA_DECODE_DATE / TERRA_DECODE_REV / TERRA_DECODE_LOAD saying when.
"""
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench-report")
PATH = os.path.join(ROOT, "BENCHMARKS.md")

spec = importlib.util.spec_from_file_location("report", os.path.join(ROOT, "scripts", "bench-report.py"))
report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(report)


def git_rev():
    try:
        return subprocess.check_output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def load_env(path):
    return report.load_results(path) if os.path.exists(path) else {}


def section_overhead(meta, calls, blocks):
    lines = ["## 11. SDK overhead after the one-client change\n"]
    lines.append(
        f"Measured {meta['date']} at commit {meta['rev']} (load average {meta['load']}), after the typed "
        "client moved into tryterra-core as one client generic over a transport trait (every call is "
        "now a `Call` driven through the core's retry step machine). Command: "
        "`cargo run --release -p tryterra-bench --example e2e_paired 50 20000`, the same example as "
        "§4: single raw and SDK calls alternated against the same loopback server, each timed on its "
        "own; the overhead is the SDK's median call over the raw median.\n"
    )
    runs = {}
    for t, _ in calls:
        runs[t] = runs.get(t, 0) + 1
    if any(n > 1 for n in runs.values()):
        lines.append(
            f"The example ran {max(runs.values())} times, one after the other; each run is a row. A ratio of "
            "medians moves when call times cluster and the median falls between clusters (the ureq client's "
            "median call differs by several microseconds from run to run), while the ratios at the quartiles "
            "show how steady a run was; the target row takes the median of the runs.\n"
        )
        seen = {}
        labelled = []
        for t, p in sorted(calls, key=lambda c: c[0] != "ureq"):
            seen[t] = seen.get(t, 0) + 1
            labelled.append((f"{t} (run {seen[t]})", p))
        calls = labelled
    lines.extend(report.call_pairs_table(calls))
    lines.append("")
    if blocks:
        lines.append("The same runs' pairs of 1,000-call blocks, for comparison (drift between blocks is larger):\n")
        lines.append("| transport | pairs | SDK overhead (median of pairs) | interquartile range |")
        lines.append("|---|---|---|---|")
        seen = {}
        multi = len(blocks) > len({t for t, _ in blocks})
        for t, p in sorted(blocks, key=lambda b: b[0] != "ureq") if multi else blocks:
            if multi:
                seen[t] = seen.get(t, 0) + 1
                t = f"{t} (run {seen[t]})"
            lines.append(f"| {t} | {p['pairs']} | {p['median_overhead_pct']:+.1f} % | {p['q1_pct']:+.1f} % … {p['q3_pct']:+.1f} % |")
        lines.append("")
    return lines


KINDS = ["activity", "sleep", "daily", "body"]


def read_jsonl(path):
    if not os.path.exists(path):
        return []
    return [json.loads(line) for line in open(path) if line.strip()]


def section_decode_limit(meta, crit, pairs, memory, profile):
    """§12: rows for the Targets table, and the section's lines."""
    rows = []
    lines = ["## 12. Typed decode against the parsing limit\n"]
    lines.append(
        f"Measured {meta['date']} at commit {meta['rev']} (load average {meta['load']}). The baseline is "
        "sonic-rs's untyped parse (`sonic_rs::from_slice::<sonic_rs::Value>`, SIMD tokenizer, arena-backed "
        "value) of the same bytes in the same run: the fastest untyped JSON parse we know of, so the most a "
        "typed decode could hope to approach. *SDK* is `Event::from_slice`, the SDK's decode of a webhook "
        "body (what `Verifier::verify_and_parse` and `terra decode` use): it reads a payload of the plain "
        "shape byte by byte (`tryterra_core::models::fast`) and hands anything else to serde. *data* is the "
        "typed client's decode of the same bytes as an inline data answer "
        "(`GetData::parse_owned_response_with`, what `client.data(…)` runs on the body its transport read, "
        "through the same byte-level path; the answer keeps that buffer as its raw bytes, and the buffer is "
        "filled before each decode, outside the time). *serde* is `serde_json::from_slice` into the event model, as in §1 "
        "(tolerant decode, the default). Command: "
        "`GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=4294967295 "
        "TERRA_BENCH_STRICT_PAIRS=0 TERRA_BENCH_SIZES=10MB,50MB cargo bench -p tryterra-bench --bench decode "
        "-- '/(typed|sdk|data|sonic)/' --noplot`.\n"
    )
    lines.append(
        "The MB/s columns are criterion's, measured one case after the other, so on this shared machine "
        "their ratios move with the load; the ratio columns are the figures the target uses: after the "
        "criterion cases, the same bench runs rounds of four decodes (sonic-rs, ours, ours, sonic-rs) of "
        "the same bytes and takes the median over rounds of sonic-rs time / our time, with its quartiles. "
        "At 50 MB sonic-rs's arena is larger than the largest block glibc will keep for reuse "
        "(`mmap_threshold` cannot exceed 32 MiB), so each of its parses also pays for fresh pages from the "
        "kernel; its 10 MB figures are the parsing limit proper.\n"
    )
    lines.append("| kind | size | bytes | serde MB/s | SDK MB/s | data MB/s | sonic-rs MB/s | serde / sonic-rs (median, Q1–Q3) | SDK / sonic-rs (median, Q1–Q3) | data / sonic-rs (median, Q1–Q3) |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    by = {(p["kind"], p["size"]): p for p in pairs}
    worst = None
    for kind in KINDS:
        for size in ["100KB", "10MB", "50MB"]:
            t = crit.get((f"decode/{kind}", "typed", size))
            sd = crit.get((f"decode/{kind}", "sdk", size))
            da = crit.get((f"decode/{kind}", "data", size))
            so = crit.get((f"decode/{kind}", "sonic", size))
            p = by.get((kind, size))
            if not (t and so) and not p:
                continue
            mb = lambda e: f"{report.mbps(e):.0f}" if e else "–"
            nbytes = (t or so or {}).get("bytes") or (p or {}).get("bytes") or 0
            cells = [kind, size, f"{nbytes:,}", mb(t), mb(sd), mb(da), mb(so)]
            if p:
                cells.append(f"{p['median_speed_ratio']:.2f}× ({p['q1']:.2f}–{p['q3']:.2f})")
                for pre, what in (("sdk", "webhook event"), ("data", "data answer")):
                    if f"{pre}_median_speed_ratio" in p:
                        r = p[f"{pre}_median_speed_ratio"]
                        cells.append(f"**{r:.2f}×** ({p[pre + '_q1']:.2f}–{p[pre + '_q3']:.2f}, {p['rounds']} rounds)")
                        if size in ("10MB", "50MB") and (worst is None or r < worst[0]):
                            worst = (r, kind, size, what)
                    else:
                        cells.append("–")
            else:
                cells += ["–", "–", "–"]
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if worst:
        rows.append((DECODE_ROW,
                     f"worst {worst[1]} {worst[2]} ({worst[3]}): {worst[0]:.2f}× (median of alternating rounds)",
                     worst[0] >= 0.6))
    if memory:
        lines.append(
            "Memory, 50 MB of each kind (`scripts/decode-memory.sh`): *slice* reads the file into "
            "memory and decodes from the buffer with serde, so the body and the model coexist, as in a client "
            "that buffered the response; *SDK slice* is the same through the SDK's `Event::from_slice`, and *data "
            "slice* through the typed client's data decode (`GetData::parse_owned_response_with`, which keeps "
            "the buffer as the answer's raw bytes); "
            "*reader* streams the file through a 64 KiB `BufReader` (serde), so only the model is held; all "
            "four are the process's peak RSS (`/usr/bin/time -f %M`). *heap* is what decoding itself "
            "allocated and had not freed, at its peak (counting allocator around the system one, "
            "`decode-file heap` for serde, `decode-file sdk-heap` for the SDK).\n"
        )
        lines.append("| kind | body bytes | slice RSS | / body | SDK slice RSS | / body | data slice RSS | / body | reader RSS | / body | heap peak (serde) | heap peak (SDK) | / body (SDK) |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        worst_rss = None
        for m in memory:
            b = m["bytes"]
            sl, rd, hp = m["slice_rss_kib"] * 1024, m["reader_rss_kib"] * 1024, m["heap_peak_bytes"]
            sk = m.get("sdk_rss_kib", m["slice_rss_kib"]) * 1024
            sh = m.get("sdk_heap_peak_bytes", hp)
            dt = m.get("data_rss_kib", 0) * 1024
            dcell = f"{dt / 1e6:.1f} MB | {dt / b:.2f}×" if dt else "– | –"
            lines.append(f"| {m['kind']} | {b:,} | {sl / 1e6:.1f} MB | {sl / b:.2f}× | {sk / 1e6:.1f} MB | "
                         f"{sk / b:.2f}× | {dcell} | {rd / 1e6:.1f} MB | {rd / b:.2f}× | {hp / 1e6:.1f} MB | "
                         f"{sh / 1e6:.1f} MB | {sh / b:.2f}× |")
            best = max(sk, dt) if dt else sk
            if worst_rss is None or best / b > worst_rss[0]:
                worst_rss = (best / b, m["kind"])
        lines.append("")
        rows.append(("50 MB typed decode with the body in memory ≤ 1.5× the body (process RSS, each kind, §12)",
                     f"worst {worst_rss[1]}: {worst_rss[0]:.2f}×", worst_rss[0] <= 1.5))
    for key, intro in PROFILES:
        if not profile or not profile.get(key):
            continue
        kinds = [k for k in KINDS if k in profile[key]]
        buckets = []
        for k in kinds:
            for b in profile[key][k]["shares"]:
                if b not in buckets:
                    buckets.append(b)
        lines.append(intro)
        lines.append("| bucket | " + " | ".join(kinds) + " |")
        lines.append("|---|" + "---|" * len(kinds))
        for b in buckets:
            lines.append(f"| {b} | " + " | ".join(f"{profile[key][k]['shares'].get(b, 0):.1f} %" for k in kinds) + " |")
        lines.append("| decode_loop speed in the profiled run | " + " | ".join(
            profile[key][k]["speed"].split(": ")[-1] for k in kinds) + " |")
        lines.append("")
    lines.extend(FINDINGS)
    return rows, lines


DECODE_ROW = ("the SDK's typed decode of webhook events and data answers ≥ 0.6× sonic-rs's untyped parse, "
              "each kind at 10 MB and 50 MB (§12)")

PROFILES = [
    ("kinds",
     "Where serde's typed decode spends its time (`python3 scripts/decode-profile.py`: `perf record` of "
     "`decode_loop <kind> 10485760 40 typed`, self time of every sampled function sorted into "
     "buckets by its name; inlined code counts for its caller, so the split is approximate; the "
     "payload generation before the loop is left out). Share of decode samples:\n"),
    ("fast",
     "Where the SDK's byte-level decode spends its time (the same script, `decode_loop <kind> 10485760 40 "
     "fast`). Most of it is inlined into the models' `Fast` impls and into `Option<T>`'s, which hold the "
     "value decoders of optional members: *objects* also holds the timestamp and list work (inlined "
     "whole, so those buckets are empty) and part of the number work:\n"),
]

FINDINGS = [
    "What the profiles say, what was done, and what is left:\n",
    "- The tokenizer is not serde's limit. The same typed models decoded through sonic-rs's serde "
    "deserializer (`decode_loop <kind> … sonic-typed`) run no faster than through serde_json (activity "
    "10 MB: 626 against 661 MB/s in one run), while sonic-rs's untyped parse of the same bytes runs "
    "three to four times as fast at 10 MB. The gap is the per-member cost of serde's visitor protocol over "
    "small objects: a position or heart-rate sample has two to five members, and each member costs a key "
    "scan, a key match, a dispatch through `deserialize_any` (needed so that a value of the wrong type "
    "is kept instead of refused) and a store. In serde's profile, strings and keys take about a third of "
    "the time, object handling 40–50 %, numbers and timestamps about 5 % each.",
    "- So the SDK reads plain payloads itself (`tryterra_core::models::fast`, generated for every model "
    "by `object_deserialize!`), for webhook events (`Event::from_slice`) and for the typed client's data "
    "answers (`GetData`). It takes keys and timestamps without escapes, text fields with escapes other "
    "than surrogates (unescaped as serde_json does; added after the measurement above, and the bench "
    "payloads hold no escapes), `null` in optional members, members the models do "
    "not declare (their raw span is decoded by serde_json into `extra`, as serde's path keeps them), and "
    "at most 100 levels of nesting. It gives up on anything else (an escaped key, a surrogate escape, a "
    "repeated key, a value of another type than declared), and the whole body then goes through serde, "
    "so every success equals serde's result and every error is serde's.",
    "- What made it fast, in order (`decode_loop daily 10485760 40 fast`, MB/s): the first version "
    "(memchr string scan, key scan then lookup, numbers scanned twice) 1,104; strings scanned eight bytes "
    "at a time, which also proves them ASCII, keys tried first against the member declared after the "
    "previous one (payloads list members in the spec's order: no scan and no lookup), digits gathered "
    "while the number token is checked, 1,441; timestamps copied into their inline buffer with one "
    "fixed-size move, 1,517 (timestamps are now parsed into eight bytes instead, see the memory item "
    "below). Numbers: integers directly; decimals with at most 19 digits, a value of "
    "at most 2^53 and at most 22 places by one correctly rounded division (exact, the classic fast "
    "path); anything else through the standard library's correctly rounded parser, the same values as "
    "serde_json with `float_roundtrip`.",
    "- Data answers no longer copy their body: `Operation::parse_owned_response_with` (what the typed "
    "client calls) lets `GetData` keep the transport's buffer as the answer's raw bytes. The copy had "
    "cost about as much as the decode itself at 50 MB (fresh pages for 50 MB), and had kept the body "
    "twice (the *data slice* column is now the same as the SDK's event decode).",
    "- Checks: `crates/tryterra-bench/tests/fast_decode.rs` (every bench payload, and 12,000 mutated "
    "payloads with nulls, unknown and repeated members, escapes and type changes: the event and each "
    "kind's data answer either both refuse or give the same value as serde), unit tests in `fast.rs` "
    "(200,000 random decimals bit for bit against serde_json; the word-at-a-time scans against byte-by-byte "
    "ones), and the fuzz target `fast_decode` (the same comparisons on any input; 300,000 runs with no "
    "failure, its seeds run under `cargo test -p tryterra-bench`).",
    "- Where the byte-level decode's time went (its profile at 2b47945): more than half is in the models' "
    "and `Option<T>`'s `Fast` impls, where the member loop, the stores and the inlined value decoders of "
    "timestamps and lists sit (so those buckets read zero); number scanning 10–14 %, string and key "
    "scanning and matching 14–17 %, allocation and freeing 8–12 %, of which 3–4 % was dropping the empty "
    "`extra` map of every sample (serde_json's `Map` is a `BTreeMap`, whose drop is not inlined; `Extra` "
    "is now one pointer, and dropping an empty one is a compare). That was before the compact models "
    "below; `python3 scripts/decode-profile.py` then this script put the current profiles in tables "
    "here (they were not re-run with them).",
    "- Left: `models::decode` still goes through serde (it is generic over `DeserializeOwned`; a variant "
    "bounded by the byte-level trait would be an addition of the API); a payload with one misfit value, "
    "an escaped key, a surrogate escape or a timestamp the packed form cannot hold anywhere "
    "falls back whole.",
    "- Memory: with the body in memory the body alone is 1×, so the model has to stay under half its "
    "JSON text. A heart-rate sample (about 100 bytes of JSON) took 112 bytes: a 40-byte timestamp kept "
    "as text, three 16-byte optional numbers and codes, and a 24-byte `extra` map. It now takes 40, "
    "and the other samples 24 to 48 (`HeartRateDataSample` is 40 bytes, asserted in "
    "`tests/models_decode.rs`): `Timestamp` is parsed on decode and packed into 8 bytes (wall-clock "
    "seconds, the fraction with its digit count, the offset as written, so it writes back byte for byte; "
    "a date-time it cannot hold, such as 7-digit fractions or years outside 1900–2899, is a value that "
    "does not fit: kept in `extra` and reported), optional numbers are `OptF64` (an `f64` whose spare "
    "NaN encodes `None`, 8 bytes), integer codes are `i32` (an optional code is 8 bytes), `Extra` is "
    "one pointer until something undeclared arrives, and a position sample's coordinates are one "
    "16-byte `LatLng` pair instead of a list on the heap (48 bytes with malloc's header). Decoded lists "
    "also give back their spare capacity (growth by doubling had left touched, hence resident, spare "
    "memory: about 4 % of the body on sleep payloads). Before these changes the same table read "
    "2.17–2.35× for the SDK's paths. Plain `serde_json::from_slice` into the models (*slice*, the "
    "generic path and the fallback of the byte-level one) holds about 2 MB more at its peak, 1.48–1.52×: "
    "the target row counts the SDK's own decodes. The *reader* column (serde's streaming path) holds only the model "
    "plus the process's baseline of about 3 MB.",
    "- The payload generator wrote six keys with the wrong case (fixed with this section); the members "
    "under them were decoded as unknown fields into `extra` maps, which had made daily payloads "
    "decode at about half their speed and body payloads about a fifth slower (`decode_loop`, 10 MB, no "
    "tunables: daily 273 → 496 MB/s, body 426 → 537 MB/s after the fix); the earlier sections' figures "
    "are from the misspelt payloads.",
    "",
]


def replace_section(text, number, body):
    block = "\n".join(body).rstrip() + "\n"
    pat = re.compile(rf"^## {number}\. .*?(?=^## |\Z)", re.S | re.M)
    if pat.search(text):
        # A following section keeps its blank line; the last one ends the file.
        return pat.sub(lambda m: block + ("\n" if m.end() < len(text) else ""), text, count=1)
    return text.rstrip() + "\n\n" + block


def main():
    text = open(PATH).read()
    notes = []
    new_rows = []
    paired = os.path.join(OUT, "e2e-paired.jsonl")
    if os.path.exists(paired):
        # When and on what the pairs were measured (not when this renders):
        # given by whoever ran the example, else the file's time and HEAD.
        written = datetime.datetime.fromtimestamp(os.path.getmtime(paired), datetime.timezone.utc)
        meta = {"rev": os.environ.get("TERRA_E2E_REV") or git_rev(),
                "date": os.environ.get("TERRA_E2E_DATE") or written.strftime("%Y-%m-%d %H:%M UTC"),
                "load": os.environ.get("TERRA_E2E_LOAD") or "not recorded"}
        calls, blocks = [], []
        for line in open(paired):
            if not line.strip():
                continue
            p = json.loads(line)
            (calls if p.get("mode") == "calls" else blocks).append((p["transport"], p))
        if calls:
            text = replace_section(text, 11, section_overhead(meta, calls, blocks))
            notes.append(f"§11 ({meta['date']}, commit {meta['rev']})")
            per = {}
            for t, p in calls:
                per.setdefault(t, []).append(p)
            for t, ps in per.items():
                overs = sorted(p["median_overhead_pct"] for p in ps)
                over = overs[len(overs) // 2]
                if len(ps) == 1:
                    measured = f"{over:+.1f} % (median call of {ps[0]['pairs']:,} alternating call pairs, §11)"
                else:
                    measured = (f"{over:+.1f} % (median of {len(ps)} runs: "
                                + ", ".join(f"{p['median_overhead_pct']:+.1f} %" for p in ps)
                                + f"; each the median call of {ps[0]['pairs']:,} alternating call pairs, §11)")
                new_rows.append((f"SDK call overhead ≤ 2 % after the one-client change (tryterra_{t})", measured, over <= 2))
    first = load_env(os.path.join(OUT, "first-contact.env"))
    if first.get("first_run_s"):
        lines = []
        report.section_first_contact(first, lines)
        text = replace_section(text, 10, lines)
        notes.append(f"§10 ({first.get('first_date', '')}, commit {first.get('first_rev', '')})")
        for step, limit, label in [("run", 150, "the README's run command"), ("test", 300, "the README's test command, after it")]:
            if first.get(f"first_{step}_status") == "ok":
                secs = int(first[f"first_{step}_s"]) / 1000
                new_rows.append((f"fresh clone: {label} ≤ {limit} s (§10)", f"{secs:.0f} s", secs <= limit))
    pairs = read_jsonl(os.path.join(ROOT, "target", "criterion", "decode-sonic-pairs.jsonl"))
    memory = read_jsonl(os.path.join(OUT, "decode-memory.jsonl"))
    prof_path = os.path.join(OUT, "decode-profile.json")
    profile = json.load(open(prof_path)) if os.path.exists(prof_path) else None
    if pairs or memory or profile:
        src = os.path.join(ROOT, "target", "criterion", "decode-sonic-pairs.jsonl")
        written = datetime.datetime.fromtimestamp(os.path.getmtime(src) if os.path.exists(src) else 0,
                                                  datetime.timezone.utc)
        meta = {"rev": os.environ.get("TERRA_DECODE_REV") or git_rev(),
                "date": os.environ.get("TERRA_DECODE_DATE") or written.strftime("%Y-%m-%d %H:%M UTC"),
                "load": os.environ.get("TERRA_DECODE_LOAD") or "not recorded"}
        rows, lines = section_decode_limit(meta, report.load_criterion(), pairs, memory, profile)
        text = replace_section(text, 12, lines)
        notes.append(f"§12 ({meta['date']}, commit {meta['rev']})")
        new_rows.extend(rows)
    if not notes:
        sys.exit("bench-update: nothing to update (no e2e-paired.jsonl or first-contact.env in target/bench-report)")
    # Targets: drop the rows the new figures replace, then add them.
    labels = [r[0] for r in new_rows]
    keep = [ln for ln in text.split("\n")
            if not any(ln.startswith(f"| {l} |") for l in labels)
            and not (ln.startswith("| SDK call overhead ≤ ") and any("one-client" in l for l in labels))
            # The row's earlier wording, before the SDK's own decode had a column.
            and not (ln.startswith("| typed decode ≥ 0.6× sonic-rs") and any("0.6× sonic-rs" in l for l in labels))]
    text = "\n".join(keep)
    rows = "\n".join(f"| {l} | {m} | {'yes' if ok else '**no**'} |" for l, m, ok in new_rows)
    text = text.replace("| target | measured | met? |\n|---|---|---|\n", "| target | measured | met? |\n|---|---|---|\n" + rows + "\n", 1)
    # The header note: the sections updated now, and those an earlier
    # partial run updated that this one did not touch.
    earlier = re.search(r"Later partial re-measurements \(`scripts/bench-update.py`, see its docstring\): (.*?)\. Their target rows", text, re.S)
    if earlier:
        now = {n.split(" ")[0] for n in notes}
        notes += [n for n in re.findall(r"§\d+ \([^)]*\)", earlier.group(1)) if n.split(" ")[0] not in now]
    notes.sort(key=lambda n: -int(re.match(r"§(\d+)", n).group(1)))
    note = ("Later partial re-measurements (`scripts/bench-update.py`, see its docstring): "
            + "; ".join(notes) + ". Their target rows are at the top of the table; every other "
            "figure is from the full run described above, of the code as it was then.")
    text = re.sub(r"Later partial re-measurements.*?\n\n", "", text, flags=re.S)
    text = text.replace("\n## Targets\n", f"\n{note}\n\n## Targets\n", 1)
    open(PATH, "w").write(text)
    print("bench-update: BENCHMARKS.md updated:", "; ".join(notes))


if __name__ == "__main__":
    main()
