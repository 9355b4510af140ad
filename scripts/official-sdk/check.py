#!/usr/bin/env python3
"""Terra's official Python SDK (terra-python 1.1.0) against the emulator.

Run by scripts/official-sdk.sh, which installs the SDK and starts the
emulator. Every request goes through a small recording proxy on
127.0.0.1, so the script can check

1. each of the SDK's 25 operations: it succeeds and the SDK parses the
   answer into the values the emulator holds (written records read back,
   deletes gone, the user change visible);
2. for each CLI command that covers one of these operations, the request
   `terra` sends equals the SDK's (method, path, query, JSON body).

Exit status 0 when everything passed, 1 otherwise.
"""

import argparse
import http.server
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

from terra import Terra
from terra.types.activity import Activity
from terra.types.body import Body
from terra.types.nutrition import Nutrition
from terra.types.planned_workout import PlannedWorkout

DEV_ID = "dev-mock"
API_KEY = "key-mock"

# ---------------------------------------------------------------------------
# Recording proxy


class Recorder:
    def __init__(self, upstream):
        self.upstream = upstream.rstrip("/")
        self.requests = []
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            out, self.requests = self.requests, []
        return out


def make_handler(rec):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def handle_any(self):
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            url = urllib.parse.urlsplit(self.path)
            try:
                parsed = json.loads(body) if body else None
            except ValueError:
                parsed = {"<not json>": body.decode("utf-8", "replace")}
            with rec.lock:
                rec.requests.append({
                    "method": self.command,
                    "path": url.path,
                    "query": sorted(urllib.parse.parse_qsl(url.query, keep_blank_values=True)),
                    "json": parsed,
                    "content_type": self.headers.get("content-type"),
                    "has_credentials": self.headers.get("x-api-key") == API_KEY
                    and self.headers.get("dev-id") == DEV_ID,
                })
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("host", "content-length", "connection", "accept-encoding")}
            req = urllib.request.Request(rec.upstream + self.path, data=body or None,
                                         method=self.command, headers=headers)
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    status, rheaders, rbody = resp.status, resp.headers, resp.read()
            except urllib.error.HTTPError as e:
                status, rheaders, rbody = e.code, e.headers, e.read()
            self.send_response(status)
            ctype = rheaders.get("content-type")
            if ctype:
                self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(rbody)))
            self.end_headers()
            self.wfile.write(rbody)

        do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = handle_any

    return Handler


# ---------------------------------------------------------------------------
# Checks


class Checks:
    def __init__(self):
        self.failed = []
        self.passed = 0

    def ok(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed.append(what)
            print(f"FAIL: {what}")
        return cond

    def eq(self, got, want, what):
        return self.ok(got == want, f"{what}: got {got!r}, want {want!r}")


def field(obj, name):
    """A member of a parsed value, whether the SDK typed it (attribute) or not (dict)."""
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def dump(model):
    """A parsed SDK value as plain JSON data (wire names)."""
    if hasattr(model, "model_dump"):
        return model.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(model, list):
        return [dump(m) for m in model]
    return model


# ---------------------------------------------------------------------------


ACTIVITY = {
    "metadata": {
        "start_time": "2026-03-04T07:15:00+01:00",
        "end_time": "2026-03-04T08:05:00+01:00",
        "summary_id": "official-sdk-run-1",
        "type": 8,
        "upload_type": 1,
        "name": "SDK run",
    },
    "distance_data": {"summary": {"distance_meters": 10012, "steps": 11830}},
}
BODY = {
    "metadata": {"start_time": "2026-03-04T07:00:00+01:00", "end_time": "2026-03-04T07:00:00+01:00"},
    "measurements_data": {"measurements": [{"measurement_time": "2026-03-04T07:00:00+01:00", "weight_kg": 71.4}]},
}
NUTRITION = {
    "metadata": {"start_time": "2026-03-04T12:30:00+01:00", "end_time": "2026-03-04T13:00:00+01:00"},
    "summary": {"macros": {"calories": 640.0, "protein_g": 32.5}},
}
PLAN = {
    "metadata": {
        "name": "SDK intervals",
        "type": "RUNNING",
        "planned_date": "2026-03-06T07:00:00Z",
        "estimated_duration_seconds": 2400,
    },
    "steps": [
        {"type": "PlannedWorkoutStep", "order": 0, "name": "Warm up",
         "durations": [{"type": "TimePlannedWorkoutStepDuration", "duration_type": "TIME", "seconds": 600}]},
    ],
}


def connect(client, base, resource, reference):
    """Connects a new user of `resource` through the auth URL flow."""
    answer = client.authentication.authenticateuser(resource=resource, reference_id=reference)
    with urllib.request.urlopen(answer.auth_url, timeout=10) as resp:
        json.load(resp)
    return answer.user_id


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", required=True, help="the emulator's base URL (…/v2)")
    ap.add_argument("--terra", required=True, help="the terra CLI binary")
    ap.add_argument("--work", required=True, help="a scratch directory")
    args = ap.parse_args()

    rec = Recorder(urllib.parse.urlsplit(args.base_url)._replace(path="").geturl())
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(rec))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proxy = f"http://127.0.0.1:{server.server_address[1]}/v2"
    client = Terra(base_url=proxy, dev_id=DEV_ID, api_key=API_KEY, timeout=30)
    c = Checks()
    called = set()

    def call(name, fn):
        rec.take()
        try:
            value = fn()
        except Exception as e:  # noqa: BLE001 - any failure is a failed check
            c.ok(False, f"{name}: raised {type(e).__name__}: {e}")
            return None, rec.take()
        called.add(name)
        return value, rec.take()

    def cli(argv, stdin=None):
        rec.take()
        env = {"TERRA_BASE_URL": proxy, "TERRA_API_KEY": API_KEY, "TERRA_DEV_ID": DEV_ID, "PATH": "/usr/bin:/bin"}
        r = subprocess.run([args.terra, *argv], input=stdin, capture_output=True, env=env, timeout=60)
        c.ok(r.returncode == 0, f"terra {' '.join(argv)}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
        return rec.take()

    compared = []

    def same_request(name, sdk_requests, argv, stdin=None):
        compared.append(name)
        cli_requests = cli(argv, stdin)
        if not (c.eq(len(sdk_requests), 1, f"{name}: SDK requests") and c.eq(len(cli_requests), 1, f"{name}: CLI requests")):
            return
        s, t = sdk_requests[0], cli_requests[0]
        for key in ("method", "path", "query", "json"):
            c.eq(t[key], s[key], f"{name}: CLI request {key} equals the SDK's")
        c.ok(s["has_credentials"] and t["has_credentials"], f"{name}: both send dev-id and x-api-key")
        if s["json"] is not None:
            c.ok((t["content_type"] or "").startswith("application/json"), f"{name}: CLI content type {t['content_type']}")

    def write_file(name, value):
        path = f"{args.work}/{name}.json"
        with open(path, "w") as f:
            json.dump(value, f)
        return path

    # --- users to work with: seeded ones and two connected through the SDK
    users, _ = call("user.getalluserids", lambda: client.user.getalluserids())
    seeded = {u.provider: u.user_id for u in users.users} if users else {}
    c.eq(sorted(seeded), ["FITBIT", "GARMIN", "OURA"], "getalluserids: the seeded providers")
    garmin, fitbit, oura = seeded.get("GARMIN"), seeded.get("FITBIT"), seeded.get("OURA")
    paged, _ = call("user.getalluserids", lambda: client.user.getalluserids(page=0, per_page=2))
    if paged:
        c.eq(len(field(paged.data, "results") or []), 2, "getalluserids(page=0, per_page=2): results")
        c.eq(field(paged.data, "next"), 1, "getalluserids(page=0, per_page=2): next")

    wahoo = connect(client, args.base_url, "WAHOO", "sdk-wahoo")
    called.add("authentication.authenticateuser")
    google = connect(client, args.base_url, "GOOGLE", "sdk-google")

    # --- spec operations
    w, _ = call("authentication.generatewidgetsession",
                lambda: client.authentication.generatewidgetsession(providers="GARMIN,OURA", reference_id="sdk-1",
                                                                    language="en"))
    if w:
        c.ok(bool(w.session_id) and w.url.startswith("http://127.0.0.1"), f"widget session parsed: {dump(w)}")
    t, t_req = call("authentication.generateauthtoken", lambda: client.authentication.generateauthtoken())
    if t:
        c.ok(bool(t.token) and t.status == "success", f"auth token parsed: {dump(t)}")
        same_request("generateauthtoken", t_req, ["auth-token"])
    integ, _ = call("integrations.fetch", lambda: client.integrations.fetch())
    if integ:
        c.ok("GARMIN" in (integ.providers or []), f"integrations parsed: {dump(integ)}")
    det, _ = call("integrations.detailedfetch", lambda: client.integrations.detailedfetch(sdk=True))
    if det:
        c.ok(any(p.provider == "GARMIN" for p in det.providers or []), "detailed integrations parsed")
    info, _ = call("user.getinfoforuserid", lambda: client.user.getinfoforuserid(user_id=garmin))
    if info:
        c.eq(info.user.user_id, garmin, "getinfoforuserid: user id")
    bulk, bulk_req = call("user.getinfoformultipleuserids",
                          lambda: client.user.getinfoformultipleuserids(request=[garmin, fitbit]))
    if bulk is not None:
        c.eq(sorted(u.user_id for u in bulk), sorted([garmin, fitbit]), "getinfoformultipleuserids: ids")
        same_request("getinfoformultipleuserids", bulk_req, ["user", "bulk-info", "--user-ids", f"{garmin},{fitbit}"])

    day = "2026-03-04"
    for name, group in [("activity", client.activity), ("body", client.body), ("daily", client.daily),
                        ("sleep", client.sleep), ("nutrition", client.nutrition),
                        ("menstruation", client.menstruation)]:
        v, _ = call(f"{name}.fetch", lambda g=group: g.fetch(user_id=garmin, start_date=day, end_date=day,
                                                              to_webhook=False, with_samples=True))
        if v is not None:
            c.ok(isinstance(getattr(v, "data", None), list), f"{name}.fetch parsed a data list: {type(v).__name__}")
            c.eq(getattr(getattr(v, "user", None), "user_id", None), garmin, f"{name}.fetch: user")
        ack, _ = call(f"{name}.fetch", lambda g=group: g.fetch(user_id=garmin, start_date=day))
        if ack is not None:
            c.ok(bool(getattr(ack, "reference", None)), f"{name}.fetch (webhook): acknowledgement parsed: {dump(ack)}")
    ath, _ = call("athlete.fetch", lambda: client.athlete.fetch(user_id=garmin, to_webhook=False))
    if ath is not None:
        c.ok(getattr(ath, "athlete", None) is not None, "athlete.fetch parsed the athlete")

    # --- the nine operations the spec lacks, each compared with the CLI
    ids = {}
    for name, group, record, user, cli_kind in [
        ("activity", client.activity, ACTIVITY, wahoo, "activity"),
        ("body", client.body, BODY, google, "body"),
        ("nutrition", client.nutrition, NUTRITION, fitbit, "nutrition"),
    ]:
        model = {"activity": Activity, "body": Body, "nutrition": Nutrition}[name].model_validate(record)
        v, reqs = call(f"{name}.write", lambda g=group, m=model: g.write(data=[m]))
        if v is None:
            continue
        c.eq(len(v.log_ids or []), 1, f"{name}.write: log_ids")
        c.eq(v.user.user_id, user, f"{name}.write: written for the {name} provider's user")
        ids[name] = (v.log_ids or [None])[0]
        same_request(f"{name}.write", reqs, ["write", cli_kind, "--file", write_file(name, [record])])
        # Read back through the SDK, inline.
        back, _ = call(f"{name}.fetch", lambda g=group, u=user: g.fetch(user_id=u, start_date=day, to_webhook=False))
        if back is not None:
            c.ok(record in [dump(r) for r in back.data], f"{name}.fetch returns the written record")

    plan_model = PlannedWorkout.model_validate(PLAN)
    v, reqs = call("plannedworkout.write", lambda: client.plannedworkout.write(user_id=garmin, data=[plan_model]))
    if v is not None:
        c.eq(len(v.log_ids or []), 1, "plannedworkout.write: log_ids")
        ids["plan"] = (v.log_ids or [None])[0]
        sdk_plan = reqs[0]["json"]["data"][0] if reqs and reqs[0]["json"] else None
        same_request("plannedworkout.write", reqs,
                     ["write", "planned-workout", "--user-id", garmin, "--file", "-"],
                     stdin=json.dumps({"data": [sdk_plan]}).encode())
    got, reqs = call("plannedworkout.fetch",
                     lambda: client.plannedworkout.fetch(user_id=garmin, start_date="2026-03-06",
                                                         end_date="2026-03-07", to_webhook=False))
    if got is not None:
        names = [p.metadata.name for p in got.data if p.metadata]
        c.ok("SDK intervals" in names, f"plannedworkout.fetch returns the written plan: {names}")
        same_request("plannedworkout.fetch", reqs,
                     ["data", "planned-workout", "--user-id", garmin, "--start", "2026-03-06", "--end", "2026-03-07"])

    for name, group, user, key, cli_kind in [
        ("body", client.body, google, "log_ids", "body"),
        ("nutrition", client.nutrition, fitbit, "data", "nutrition"),
        ("plan", client.plannedworkout, garmin, "data", "planned-workout"),
    ]:
        op = "plannedworkout.delete" if name == "plan" else f"{name}.delete"
        target = ids.get(name)
        kwargs = {"user_id": user, key: [target, "missing-id"]}
        v, reqs = call(op, lambda g=group, kw=kwargs: g.delete(**kw))
        if v is None:
            continue
        codes = [(p.id, p.response_code) for p in v.processed_data or []]
        c.eq(codes, [(target, 200), ("missing-id", 404)], f"{op}: processed_data")
        same_request(op, reqs, ["delete", cli_kind, "--yes", "--user-id", user, "--ids", f"{target},missing-id"])
    if ids.get("plan"):
        got, _ = call("plannedworkout.fetch",
                      lambda: client.plannedworkout.fetch(user_id=garmin, start_date="2026-03-06", to_webhook=False))
        if got is not None:
            left = [p.metadata.id for p in got.data or [] if p.metadata]
            c.ok(ids["plan"] not in left, f"plannedworkout.fetch after the delete: {ids['plan']} still in {left}")
            # The plan the CLI wrote (same content, its own id) is still there.
            c.eq(len(left), 1, "plannedworkout.fetch after the delete: plans left")

    v, reqs = call("user.modifyuser", lambda: client.user.modifyuser(user_id=oura, reference_id="sdk-renamed",
                                                                      active=False))
    if v is not None:
        c.eq((v.status, v.user.reference_id, v.user.active), ("success", "sdk-renamed", False), "modifyuser answer")
        same_request("user.modifyuser", reqs,
                     ["user", "update", "--user-id", oura, "--reference-id", "sdk-renamed", "--active", "false"])
        info, _ = call("user.getinfoforuserid", lambda: client.user.getinfoforuserid(user_id=oura))
        if info:
            c.eq((info.user.reference_id, info.user.active), ("sdk-renamed", False), "userInfo after modifyuser")
    v, reqs = call("user.modifyuser", lambda: client.user.modifyuser(user_id=oura, active=True))
    if v is not None:
        same_request("user.modifyuser (active only)", reqs, ["user", "update", "--user-id", oura, "--active", "true"])

    d, _ = call("authentication.deauthenticateuser", lambda: client.authentication.deauthenticateuser(user_id=google))
    if d is not None:
        c.eq(d.status, "success", "deauthenticateuser: status")
        left, _ = call("user.getalluserids", lambda: client.user.getalluserids())
        if left:
            c.ok(google not in [u.user_id for u in left.users], "the deauthenticated user is gone")

    expected = {
        "activity.fetch", "activity.write", "athlete.fetch", "authentication.authenticateuser",
        "authentication.generatewidgetsession", "authentication.deauthenticateuser",
        "authentication.generateauthtoken", "body.fetch", "body.write", "body.delete", "daily.fetch",
        "integrations.fetch", "integrations.detailedfetch", "menstruation.fetch", "nutrition.fetch",
        "nutrition.write", "nutrition.delete", "plannedworkout.fetch", "plannedworkout.write",
        "plannedworkout.delete", "sleep.fetch", "user.modifyuser", "user.getinfoforuserid",
        "user.getalluserids", "user.getinfoformultipleuserids",
    }
    c.eq(len(expected), 25, "the SDK's operation count")
    missing = sorted(expected - called)
    c.ok(not missing, f"operations not passed: {missing}")
    server.shutdown()
    print(f"official SDK: {len(expected & called)}/25 operations passed; CLI requests equal to the SDK's "
          f"for {len(compared)} calls ({', '.join(compared)}); {c.passed} checks passed, {len(c.failed)} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
