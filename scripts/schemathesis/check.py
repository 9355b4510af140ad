#!/usr/bin/env python3
"""Compares the failures of a Schemathesis run with the allow-list.

Usage: check.py ALLOW_LIST.toml EVENTS.ndjson

Reads the run's NDJSON event stream, collects every failed check (with
the response that failed it) and every error, and matches each failure
against the allow-list entries. Exits 1 when a failure matches no entry,
when Schemathesis reported an error, or when the run did not finish;
entries that matched nothing this run are listed but do not fail it
(a fuzzer does not hit every case every run).
"""

import base64
import json
import re
import sys
import tomllib


def body_text(response):
    content = (response or {}).get("content")
    if isinstance(content, dict) and "$base64" in content:
        try:
            return base64.b64decode(content["$base64"]).decode("utf-8", "replace")
        except ValueError:
            return ""
    if isinstance(content, str):
        return content
    return ""


def load_allow_list(path):
    with open(path, "rb") as f:
        entries = tomllib.load(f).get("allow", [])
    for i, e in enumerate(entries):
        for key in ("why", "code", "operation"):
            if not isinstance(e.get(key), str) or not e[key].strip():
                sys.exit(f"{path}: entry {i + 1} needs a non-empty `{key}`")
        e["_operation"] = re.compile(e["operation"])
        e["_body"] = re.compile(e["body"], re.S) if "body" in e else None
        e["_message"] = re.compile(e["message"], re.S) if "message" in e else None
        e["_request_body"] = re.compile(e["request_body"], re.S) if "request_body" in e else None
        e["_hits"] = 0
    return entries


def matches(entry, f):
    if entry["code"] != f["code"]:
        return False
    if not entry["_operation"].fullmatch(f["operation"]):
        return False
    if "status" in entry and f["status"] not in entry["status"]:
        return False
    if entry["_body"] is not None and not entry["_body"].search(f["body"]):
        return False
    if entry["_message"] is not None and not entry["_message"].search(f["message"]):
        return False
    if entry["_request_body"] is not None and not entry["_request_body"].fullmatch(f["request_body"]):
        return False
    return True


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    entries = load_allow_list(sys.argv[1])
    failures = {}
    errors = []
    finished = False
    with open(sys.argv[2], encoding="utf-8") as events:
        for line in events:
            line = line.strip()
            if not line:
                continue
            event = json.loads(line)
            (kind, data), = event.items() if len(event) == 1 else (("?", event),)
            if kind == "EngineFinished":
                finished = True
            if kind == "NonFatalError" or kind == "FatalError":
                errors.append(json.dumps(data)[:2000])
            if kind != "ScenarioFinished":
                continue
            recorder = data.get("recorder") or {}
            interactions = recorder.get("interactions") or {}
            for case_id, checks in (recorder.get("checks") or {}).items():
                for check in checks:
                    if check.get("status") != "failure":
                        continue
                    failure = (check.get("failure_info") or {}).get("failure") or {}
                    interaction = interactions.get(case_id) or {}
                    response = interaction.get("response") or {}
                    request = interaction.get("request") or {}
                    f = {
                        "code": failure.get("code", "?"),
                        "title": failure.get("title", ""),
                        "operation": failure.get("operation") or "",
                        "message": failure.get("message") or "",
                        "status": response.get("status_code"),
                        "body": body_text(response),
                        "request": f'{request.get("method", "?")} {request.get("uri", "?")}',
                        "request_body": body_text({"content": request.get("body")}),
                        "check": check.get("name", "?"),
                    }
                    key = (f["code"], f["operation"], f["status"], f["message"].split("\n")[0][:200])
                    failures.setdefault(key, f)

    unexpected = []
    for f in failures.values():
        entry = next((e for e in entries if matches(e, f)), None)
        if entry is None:
            unexpected.append(f)
        else:
            entry["_hits"] += 1

    print(f"Schemathesis: {len(failures)} distinct failures, "
          f"{len(failures) - len(unexpected)} allow-listed, {len(unexpected)} not")
    for e in entries:
        mark = f"{e['_hits']:3d} allowed" if e["_hits"] else "  unused  "
        print(f"  [{mark}] {e['code']} {e['operation']}: {e['why'].split('.')[0]}")
    ok = True
    if not finished:
        print("FAIL: the run did not finish (no EngineFinished event)")
        ok = False
    for err in errors:
        print(f"FAIL: Schemathesis error: {err}")
        ok = False
    for f in unexpected:
        ok = False
        print()
        print(f"FAIL: {f['code']} {f['title']} ({f['check']}) on {f['operation']}")
        print(f"  request:  {f['request']}")
        if f["request_body"]:
            print(f"  body:     {f['request_body'][:600]}")
        print(f"  response: {f['status']} {f['body'][:600]}")
        print("  " + "\n  ".join(f["message"].splitlines()[:12]))
    if ok:
        print("OK: only allow-listed spec defects")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
