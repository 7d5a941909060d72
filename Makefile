# Regio: the two commands a newcomer needs.
#   make run   set up .venv, migrate, load the demo region and serve http://127.0.0.1:8000
#   make test  run the whole test suite

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup demo prod bench bench-growth bench-analytics lint clean

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Regio needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

# The address the demo is served at: every link in mails, QR codes and feeds is made from it.
demo: export REGIO_BASE_URL ?= http://$(HOST):$(PORT)
demo: $(STAMP)
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo --admin

run: export REGIO_BASE_URL ?= http://$(HOST):$(PORT)
run: demo
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/   login: admin / $${DEMO_ADMIN_PASSWORD:-regio-demo}"
	@echo "         ambassador: sanne, volunteer ambassador: joris, editor (Redactie): redactie"
	@echo "         (same password)"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

# The production layout on one machine: Varnish :8080 -> gunicorn, worker, scheduler (deploy/prod.sh).
prod: $(STAMP)
	bash deploy/prod.sh

test: $(STAMP)
	$(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder

lint: $(STAMP)
	$(VENV)/bin/ruff check --exclude .venv .
	$(VENV)/bin/ruff format --check --exclude .venv .

bench: $(STAMP)
	bash bench/run.sh

bench-growth: $(STAMP)
	$(PY) bench/growth.py

bench-analytics: $(STAMP)
	$(PY) bench/analytics.py

clean:
	rm -rf $(VENV) db.sqlite3 static media/original_images media/images media/test
