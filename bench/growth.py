"""Does a page's cost grow with content? Demo size against the large data set (bench/scale.py), in one run.

    make bench-growth       # SQLite; DATABASE_URL=postgres://… for PostgreSQL

Measures the listings and search at demo size (fragment caching as deployed, page cache off),
adds 10,000 stories, 10,000 careers, 2,000 events and 100,000 registrations, measures again, and
prints each page's cost per request at scale as a multiple of its demo-size cost (the target is
at most 1.5×), beside the bare view in both runs.
"""

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

PAGES = [
    ("bare Django view (reference)", "/__bench__/bare/"),
    ("story index", "/verhalen/"),
    ("story index, two filters", "/verhalen/?doelgroep=werkgevers&thema=smart-services"),
    ("career index, words", "/werken-en-leren/?q=verpleegkundige"),
    ("career index, words + 2 filters", "/werken-en-leren/?q=monteur&sector=maakindustrie&soort=vacature"),
    ("event index", "/evenementen/"),
    ("site search", "/search/?q=maas"),
]


def main():
    env = bench.environment()
    env["DATABASE_URL"] = os.environ.get("DATABASE_URL", f"sqlite:///{bench.RESULTS / 'growth.sqlite3'}")
    env["REGIO_PAGE_CACHE_SECONDS"] = "0"
    bench.PAGES[:] = PAGES
    bench.RESULTS.mkdir(parents=True, exist_ok=True)
    bench.run([bench.PY, "manage.py", "migrate", "--noinput", "-v0"], env)
    bench.run([bench.PY, "manage.py", "load_demo"], env)
    bench.run([bench.PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    small = bench.measure(env)
    subprocess.run([bench.PY, str(bench.ROOT / "bench" / "scale.py")], cwd=bench.ROOT, env=env, check=True)
    large = bench.measure(env)
    print(f"\n{'page':34} {'demo req/s':>11} {'ratio':>6} {'large req/s':>12} {'ratio':>6} {'cost ×':>7}")
    for (label, _path), (rate_s, _e1), (rate_l, _e2) in zip(PAGES, small, large):
        growth = (rate_s / small[0][0]) / (rate_l / large[0][0])
        print(
            f"{label:34} {rate_s:11.1f} {rate_s / small[0][0]:6.3f} {rate_l:12.1f} {rate_l / large[0][0]:6.3f} "
            f"{growth:7.2f}"
        )
    print("\ncost × = (demo ratio) / (large ratio): how much more a request costs at scale, relative to the bare view")


if __name__ == "__main__":
    main()
