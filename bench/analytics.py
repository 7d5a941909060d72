"""Reach and impact at scale, measured in one run.

1. Beacon throughput: wrk POSTs page views to /a/ on gunicorn (2 workers, production
   settings) and the bare Django view is measured in the same run; prints the ratio.
2. Rolling up N raw views (BENCH_EVENTS, default 1,000,000) spread over a year, in a
   separate process: wall time and peak memory (max RSS).
3. The dashboard for that year of rollups, rendered in-process: median time of 5 renders
   and the query count.

    make bench-analytics                                                       # SQLite
    DATABASE_URL=postgres://root@127.0.0.1:5432/regio_bench make bench-analytics
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import CONNECTIONS, DURATION, PORT, PY, RESULTS, ROOT, environment, prepare, run, wait_for, wrk  # noqa: E402

EVENTS = int(os.environ.get("BENCH_EVENTS", "1000000"))

BEACON_LUA = """
request = function()
  return wrk.format("POST", "/a/", {["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36"}, '%(body)s')
end
"""

# Raw views written straight into the table (as the beacon would over a year), then rolled up.
SEED_AND_ROLLUP = """
import datetime, random, resource, time
from django.db import connection
from analytics.models import PageView, DailyStat, DailyTotal, DailyCampaignStat, DailyGroupStat
from analytics.rollup import rollup_pending
from analytics.models import Campaign
from home.models import TargetGroup
from wagtail.models import Page
for model in (PageView, DailyStat, DailyTotal, DailyCampaignStat, DailyGroupStat):
    model.objects.all().delete()
pages = list(Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True))
groups = list(TargetGroup.objects.canonical().values_list("pk", flat=True)) + [None] * 10
campaigns = list(Campaign.objects.values_list("pk", flat=True)) + [None] * 20
rng = random.Random(1)
today = datetime.date.today()
N = %(events)d
batch = []
started = time.time()
for n in range(N):
    batch.append(PageView(day=today - datetime.timedelta(days=n %% 365), hour=n %% 24, page_id=rng.choice(pages),
        device=("mobile", "desktop", "tablet")[n %% 3], language="nl", target_group_id=rng.choice(groups),
        campaign_id=rng.choice(campaigns), visitor="%%016x" %% rng.getrandbits(40),
        goal="registration" if n %% 97 == 0 else ""))
    if len(batch) == 20000:
        PageView.objects.bulk_create(batch)
        batch = []
PageView.objects.bulk_create(batch)
seeded = time.time() - started
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.time()
days = rollup_pending()
took = time.time() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("RESULT", N, round(seeded, 1), round(took, 1), before // 1024, peak // 1024, len(days), DailyStat.objects.count())
"""

DASHBOARD = """
import statistics, time
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
user, _ = User.objects.get_or_create(username="bench-staff")
user.groups.add(Group.objects.get(name="Redactie"))
client = Client()
client.force_login(user)
client.get("/admin/impact/", {"period": "year"}, SERVER_NAME="localhost")
times = []
for _ in range(5):
    started = time.perf_counter()
    whole = {"period": "custom", "from": "2000-01-01", "to": "2100-01-01"}
    response = client.get("/admin/impact/", whole, SERVER_NAME="localhost")
    times.append(time.perf_counter() - started)
    assert response.status_code == 200, response.status_code
with CaptureQueriesContext(connection) as queries:
    client.get("/admin/impact/", {"period": "year"}, SERVER_NAME="localhost")
print("RESULT", round(statistics.median(times) * 1000), len(queries))
"""


def shell(code, env):
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return next(line for line in out.splitlines() if line.startswith("RESULT")).split()[1:]


def beacon_rate(env):
    page_id = shell("from wagtail.models import Page; print('RESULT', Page.objects.filter(depth=2).first().pk)", env)[0]
    body = json.dumps({"p": int(page_id), "d": "mobile", "l": "nl-NL", "u": {}, "r": "https://www.google.com/"})
    script = RESULTS / "beacon.lua"
    script.write_text(BEACON_LUA % {"body": body})
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "regiosite.wsgi", "-w", "2", "-b", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{PORT}"
        wait_for(base + "/__bench__/bare/")
        bare, _ = wrk(base + "/__bench__/bare/")
        out = subprocess.run(
            ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "-s", str(script), base + "/a/"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        return bare, rate, int(errors.group(1)) if errors else 0
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)


def main():
    env = environment()
    prepare(env)
    run([PY, "manage.py", "rollup_analytics"], env)
    bare, rate, errors = beacon_rate(env)
    stored = shell("from analytics.models import PageView; print('RESULT', PageView.objects.count())", env)[0]
    print(
        f"\nbeacon POST /a/: {rate:.1f} req/s, bare view {bare:.1f} req/s, ratio {rate / bare:.3f}; "
        f"non-2xx: {errors}; raw views stored: {stored}"
    )
    events, seeded, took, before, peak, days, rows = shell(SEED_AND_ROLLUP % {"events": EVENTS}, env)
    print(
        f"rollup of {int(events):,} raw views over {days} days: {took} s, peak RSS {peak} MB "
        f"(after seeding: {before} MB; seeding took {seeded} s); {rows} daily rows"
    )
    median_ms, query_count = shell(DASHBOARD, env)
    print(f"dashboard for that year (in-process, median of 5): {median_ms} ms, {query_count} queries")
    print(
        f"\nwrk -t2 -c{CONNECTIONS} -d{DURATION}; gunicorn 2 sync workers; database {env['DATABASE_URL'].split(':')[0]}"
    )


if __name__ == "__main__":
    main()
