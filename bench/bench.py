"""Throughput of Regio's pages against a bare Django view, measured in one run.

Serves the demo with gunicorn (2 workers, production settings) and runs wrk
against each page and against /__bench__/bare/ (a plain view rendering a
template of similar size). Prints requests/second and the ratio to the bare view.

    make bench                     # SQLite demo database in bench/results/, Redis cache
    DATABASE_URL=postgres://root@127.0.0.1:5432/regio_bench make bench

Four passes, each beside the bare view measured in the same pass:
1. "uncached": REGIO_FRAGMENT_CACHE_SECONDS=0, every page rendered in full on every request;
2. "fragments": rendered sections cached under the content version (home/caching.py);
3. "page cache": whole anonymous pages from Redis (home/page_cache.py);
4. "Varnish": the pages through a private varnishd with deploy/varnish/regio.vcl in front
   (needs Debian's varnish; skipped without it).
Then the registration POST rate (with the page cache on) and each gunicorn worker's memory.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
PY = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")

SCALE_SLUG = "werken-schaaltest"
SCALE_COUNT = 10_000
# A second career index with 10,000 careers (written directly, see careers/bulk.py).
SEED_SCALE = f"""
from careers.bulk import create_careers
from careers.models import CareerIndexPage, Organisation
from home.models import HomePage, Municipality, TargetGroup, Theme
if not CareerIndexPage.objects.filter(slug="{SCALE_SLUG}").exists():
    index = CareerIndexPage(title="Schaaltest", slug="{SCALE_SLUG}")
    HomePage.objects.first().add_child(instance=index)
    index.save_revision().publish()
    create_careers(index, {SCALE_COUNT}, Organisation.objects.canonical().first(), list(Theme.objects.canonical()),
                   list(Municipality.objects.canonical()), list(TargetGroup.objects.canonical()))
"""

PAGES = [
    ("bare Django view (reference)", "/__bench__/bare/"),
    ("home", "/"),
    ("home for a target group", "/voor/scholieren-en-studenten/"),
    ("region story", "/ons-verhaal/"),
    ("facts poster", "/ons-verhaal/midden-limburg-in-feiten/"),
    ("story index", "/verhalen/"),
    ("story index, two filters", "/verhalen/?doelgroep=werkgevers&thema=smart-services"),
    ("story", "/verhalen/een-raceauto-gebouwd-door-25-bedrijven/"),
    ("interview", "/verhalen/terug-in-weert-en-dat-voelt-als-een-promotie/"),
    ("career index (64 careers)", "/werken-en-leren/"),
    ("career index, words + 2 filters", "/werken-en-leren/?q=verpleegkundige&sector=zorg&soort=vacature"),
    ("career page", "/werken-en-leren/verpleegkundige-spoedeisende-hulp-wf-1003/"),
    ("career pathway", "/werken-en-leren/werken-in-de-zorg/"),
    ("event index", "/evenementen/"),
    ("event page (with registration form)", "/evenementen/banenmarkt-zorg-en-welzijn/"),
    ("api: careers with every field", "/api/v2/pages/?type=careers.CareerPage&fields=*&limit=20"),
    ("api: facts in English", "/api/v2/facts/?locale=en&limit=50"),
    ("widget: vacancies, partner + sector", "/embed/vacatures/?partner=gemeente-roermond&sector=zorg"),
    ("widget: upcoming events", "/embed/evenementen/?partner=dagblad-de-limburger"),
    ("widget: a fact", "/embed/feit/?partner=dagblad-de-limburger"),
    ("widget: latest stories in English", "/en/embed/stories/?partner=gilde-opleidingen"),
    ("en: home", "/en/"),
    ("en: story index", "/en/stories/"),
    ("en: career index (Dutch careers)", "/en/work-and-learn/"),
    ("en: event page (with registration form)", "/en/events/healthcare-and-welfare-job-fair/"),
    ("de: region story", "/de/unsere-geschichte/"),
    ("de: facts poster", "/de/unsere-geschichte/midden-limburg-in-fakten/"),
    ("10,000 careers, unfiltered", f"/{SCALE_SLUG}/"),
    (
        "10,000 careers, 4 filters, page 2",
        f"/{SCALE_SLUG}/?sector=logistiek&soort=vacature&soort=stage&uren=32-plus&pagina=2",
    ),
]


def environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "regiosite.settings.production",
        "SECRET_KEY": "bench-only-secret-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "REGIO_BASE_URL": f"http://127.0.0.1:{PORT}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "REGIO_BENCH_VIEW": "true",
        "REGIO_REGISTRATIONS_PER_IP_PER_HOUR": "100000000",
        "REGIO_API_REQUESTS_PER_MINUTE": "100000000",
        "MEDIA_ROOT": str(RESULTS / "media"),
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{RESULTS / 'bench.sqlite3'}")
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/3")
    return env


def run(args, env):
    subprocess.run(args, cwd=ROOT, env=env, check=True)


def prepare(env):
    RESULTS.mkdir(parents=True, exist_ok=True)
    run([PY, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PY, "manage.py", "load_demo"], env)
    run([PY, "manage.py", "shell", "-c", SEED_SCALE], env)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)


def wait_for(url, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer at {url}")


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, int(errors.group(1)) if errors else 0


def pages():
    """All pages, or those whose label contains BENCH_ONLY (several: separated by |; the reference always)."""
    only = os.environ.get("BENCH_ONLY", "").split("|")
    return [PAGES[0]] + [page for page in PAGES[1:] if any(part in page[0] for part in only)]


# Registrations are posted to an event without a capacity limit, each with a new address.
REGISTER_PATH = "/evenementen/webinar-werken-in-smart-services/"
REGISTER_LUA = """
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
counter = 0
request = function()
  counter = counter + 1
  local body = "name=Bench&postcode=6041+AB&consent=on&website="
    .. "&email=bench-%(run)s-" .. tid .. "-" .. counter .. "%%40example.org"
  local headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Sec-Fetch-Site"] = "same-origin"}
  return wrk.format("POST", "%(path)s", headers, body)
end
"""


def registration_rate(base, env):
    """POSTs per second of the registration form, and how many registrations were stored."""
    import uuid

    run_id = uuid.uuid4().hex[:8]
    script = RESULTS / "register.lua"
    script.write_text(REGISTER_LUA % {"run": run_id, "path": REGISTER_PATH})
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "-s", str(script), base + REGISTER_PATH],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    count = (
        subprocess.run(
            [
                PY,
                "manage.py",
                "shell",
                "-c",
                "from events.models import Registration; "
                f"print(Registration.objects.filter(email__startswith='bench-{run_id}-').count())",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return rate, requests, int(count)


def worker_memory(server_pid):
    """Resident memory (MiB) of each gunicorn worker (the master's children)."""
    children = subprocess.run(["pgrep", "-P", str(server_pid)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


def start_varnish(backend_port, port):
    work = Path(tempfile.mkdtemp(prefix="regio-bench-varnish-"))
    work.chmod(0o755)
    vcl = (ROOT / "deploy" / "varnish" / "regio.vcl").read_text().replace('"8000"', f'"{backend_port}"')
    (work / "regio.vcl").write_text(vcl)
    (work / "regio.vcl").chmod(0o644)
    process = subprocess.Popen(
        ["varnishd", "-F", "-n", str(work / "state"), "-a", f"127.0.0.1:{port}", "-f", str(work / "regio.vcl")]
        + ["-s", "malloc,256m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, work


def measure(env, varnish=False):
    """Requests/second and error count per page, for one server configuration; bare view measured directly."""
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "regiosite.wsgi", "-w", "2", "-b", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    front = None
    try:
        base = f"http://127.0.0.1:{PORT}"
        wait_for(base + "/__bench__/bare/")
        pages_base = base
        if varnish:
            front, work = start_varnish(PORT, PORT + 1)
            pages_base = f"http://127.0.0.1:{PORT + 1}"
            wait_for(pages_base + "/")
        results = []
        for number, (_label, path) in enumerate(pages()):
            url = (base if number == 0 else pages_base) + path
            for _ in range(4):  # warm both workers' renditions and caches
                urllib.request.urlopen(url).read()
            results.append(wrk(url))
        if env.get("REGIO_PAGE_CACHE_SECONDS", "0") != "0" and not varnish:
            results.append(registration_rate(base, env))
            results.append(worker_memory(server.pid))
        return results
    finally:
        if front:
            front.terminate()
            front.wait(timeout=30)
            shutil.rmtree(work, ignore_errors=True)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    env = environment()
    prepare(env)
    passes = [
        ("uncached", measure({**env, "REGIO_FRAGMENT_CACHE_SECONDS": "0", "REGIO_PAGE_CACHE_SECONDS": "0"})),
        ("fragments", measure({**env, "REGIO_PAGE_CACHE_SECONDS": "0"})),
        ("page cache", measure({**env, "REGIO_PAGE_CACHE_SECONDS": "300"})),
    ]
    if shutil.which("varnishd"):
        passes.append(("Varnish", measure({**env, "REGIO_PAGE_CACHE_SECONDS": "300"}, varnish=True)))
    header = "".join(f" {name + ' req/s':>17} {'ratio':>6}" for name, _results in passes)
    print(f"\n{'page':36}{header}")
    for number, (label, _path) in enumerate(pages()):
        row = ""
        for _name, results in passes:
            rate, errors = results[number]
            row += f" {rate:17.1f} {rate / results[0][0]:6.2f}" + ("!" if errors else "")
        print(f"{label:36}{row}")
    page_cache = dict(passes)["page cache"]
    rate, requests, stored = page_cache[len(pages())]
    memory = page_cache[len(pages()) + 1]
    print(
        f"\nregistration POST (new address each): {rate:.1f} req/s = {rate / page_cache[0][0]:.3f} of the bare view; "
        f"{requests} requests, {stored} registrations stored"
    )
    print("gunicorn workers' memory after the run: " + ", ".join(f"{mib:.0f} MiB" for mib in memory))
    cache = "redis" if env.get("REDIS_URL") else "local memory"
    print(
        f"\nwrk -t2 -c{CONNECTIONS} -d{DURATION}; gunicorn 2 sync workers; "
        f"database {env['DATABASE_URL'].split(':')[0]}; cache {cache}; '!' marks a pass with non-2xx answers"
    )


if __name__ == "__main__":
    main()
