#!/usr/bin/env bash
# Benchmark: see bench/bench.py. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/bench.py "$@"
