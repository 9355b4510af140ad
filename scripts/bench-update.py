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
    lines.extend(report.call_pairs_table(calls))
    lines.append("")
    if blocks:
        lines.append("The same run's pairs of 1,000-call blocks, for comparison (drift between blocks is larger):\n")
        lines.append("| transport | pairs | SDK overhead (median of pairs) | interquartile range |")
        lines.append("|---|---|---|---|")
        for t, p in blocks:
            lines.append(f"| {t} | {p['pairs']} | {p['median_overhead_pct']:+.1f} % | {p['q1_pct']:+.1f} % … {p['q3_pct']:+.1f} % |")
        lines.append("")
    return lines


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
            for t, p in calls:
                over = p["median_overhead_pct"]
                new_rows.append((f"SDK call overhead ≤ 2 % after the one-client change (tryterra_{t})",
                                 f"{over:+.1f} % (median call of {p['pairs']:,} alternating call pairs, §11)", over <= 2))
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
    if not notes:
        sys.exit("bench-update: nothing to update (no e2e-paired.jsonl or first-contact.env in target/bench-report)")
    # Targets: drop the rows the new figures replace, then add them.
    labels = [r[0] for r in new_rows]
    keep = [ln for ln in text.split("\n")
            if not any(ln.startswith(f"| {l} |") for l in labels)
            and not (ln.startswith("| SDK call overhead ≤ ") and any("one-client" in l for l in labels))]
    text = "\n".join(keep)
    rows = "\n".join(f"| {l} | {m} | {'yes' if ok else '**no**'} |" for l, m, ok in new_rows)
    text = text.replace("| target | measured | met? |\n|---|---|---|\n", "| target | measured | met? |\n|---|---|---|\n" + rows + "\n", 1)
    # The header note.
    note = ("Later partial re-measurements (`scripts/bench-update.py`, see its docstring): "
            + "; ".join(notes) + ". Their target rows are at the top of the table; every other "
            "figure is from the full run described above, of the code as it was then.")
    text = re.sub(r"Later partial re-measurements.*?\n\n", "", text, flags=re.S)
    text = text.replace("\n## Targets\n", f"\n{note}\n\n## Targets\n", 1)
    open(PATH, "w").write(text)
    print("bench-update: BENCHMARKS.md updated:", "; ".join(notes))


if __name__ == "__main__":
    main()
