# Lotse: `make demo` to try it, `make test` to check it. Everything else is for developers.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The cities `make load` / `make demo` load (folders under data/cities/).
CITIES ?= dortmund duesseldorf
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: demo test lint types pytest test-pg install migrate load messages bench-portal facts-report \
	eval-search bench-search bench-search-profile bench-booking bench-cases bench-apply bench-fairness bench-journeys search-embeddings clean \
	translation-report

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

load: migrate
	set -e; for city in $(CITIES); do \
		$(PY) manage.py catalog_load $$city; \
		$(PY) manage.py international_load $$city; \
		$(PY) manage.py appointments_load $$city; \
	done
	$(PY) manage.py search_reindex

## demo: set up on the embedded defaults (SQLite), load Dortmund and Düsseldorf (CITIES), serve on $(HOST):$(PORT)
## with the production server (gunicorn, 2 workers, WhiteNoise) and the task worker; Ctrl-C stops both
demo: load
	$(PY) manage.py demo_setup
	@echo "Lotse runs on http://$(HOST):$(PORT)/  (back office: /admin/, user admin / demo-admin; Düsseldorf: dus-admin / demo-dus-admin)"
	@# DEBUG off: the demo shows the portal's own 404/500 pages, never Django's technical ones.
	$(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	LOTSE_DEBUG=$${LOTSE_DEBUG:-0} $(VENV)/bin/gunicorn lotse.wsgi:application --workers 2 \
		--bind "$(HOST):$(PORT)" --graceful-timeout 5 --access-logfile - --log-level warning

## test: lint (ruff), types (mypy with django-stubs), the whole test suite
test: lint types pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types: install
	$(VENV)/bin/mypy .

# The suite runs in parallel, one worker per core up to four (pytest-xdist), each taking whole
# files (a file's tests share what its module loads); PYTEST_WORKERS=0 runs it in one process.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = $(if $(filter-out 0,$(PYTEST_WORKERS)),-n $(PYTEST_WORKERS) --maxprocesses 4 --dist loadfile)

pytest: install
	LOTSE_ENV=test $(VENV)/bin/pytest -q $(PYTEST_PARALLEL)

## facts-report: facts to re-check per city; fails on unqualified uncertain facts and rule-catalog contradictions
facts-report: install
	LOTSE_ENV=test $(PY) manage.py facts_report --no-database $(if $(CITY),--city $(CITY)) $(if $(MAX_AGE_DAYS),--max-age-days $(MAX_AGE_DAYS))

## test-pg: the test suite against PostgreSQL (DATABASE_URL must point to it)
test-pg: install
	@test -n "$$DATABASE_URL" || (echo "DATABASE_URL is not set" >&2; exit 2)
	LOTSE_ENV=test $(VENV)/bin/pytest -q $(PYTEST_PARALLEL)

## messages: refresh and compile the interface translations (.po -> .mo)
messages: install
	cd lotse && ../$(PY) ../manage.py makemessages --all --no-obsolete --add-location=never --ignore=tests/*
	cd lotse && ../$(PY) ../manage.py compilemessages

## translation-report: per language, own-language texts / all texts (%) and per status, for
## services, offices and international texts (loads Dortmund into a scratch database)
translation-report: install
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	export LOTSE_DATA_DIR=$$tmp DATABASE_URL=sqlite:///$$tmp/report.sqlite3; \
	$(PY) manage.py migrate --noinput -v0 && \
	$(PY) manage.py catalog_load dortmund >/dev/null && \
	$(PY) manage.py international_load dortmund >/dev/null && \
	$(PY) manage.py translation_report dortmund

## eval-search: answers (correct/wrong/none) and routing top-1, top-3, MRR per language (EVAL=--set holdout: held-out sets;
## EVAL="--city duesseldorf": Düsseldorf's questions in lotse/ask/eval/duesseldorf/)
eval-search: install
	LOTSE_ENV=test $(PY) -m lotse.ask.eval $(EVAL)

# The benchmarks: `make bench-<name>` runs bench/<name>.py.
## bench-portal: rates and p50/p95 of service, city page and API detail (cached and uncached) vs a static file, CPU per page
## bench-search: p50/p95 and queries per second of /api/v1/search (Dortmund and 50 x 400 synthetic)
## bench-search-profile: CPU ms per search question in-process (bench-search's sample), cProfile top
## bench-cases: p95 of an office's task list and the dashboard with 100,000 cases / 500,000 tasks
## bench-booking: 600 concurrent booking attempts on 10 slots (SQLite; PostgreSQL when DATABASE_URL is set)
## bench-fairness: release at 8:00, 2,000 requests from 500 people for 50 seats, first come vs draw:
## share won by the 5 % fastest, one-seat-per-person violations, overbookings, 5xx (service layer + HTTP)
## bench-apply: 200 concurrent online applications with two uploads each (+ retries): none lost or doubled, no 5xx, p95
## bench-journeys: taps and page weight (HTML, CSS, JS, images) of the five phone journeys of issue 24,
## measured by their browser tests in Chromium (not part of `make test`'s output)
BENCHES := bench-portal bench-search bench-cases bench-booking bench-fairness bench-apply bench-journeys
$(BENCHES): bench-%: install
	$(PY) bench/$*.py

bench-search-profile: install
	LOTSE_ENV=test $(PY) bench/search_profile.py --profile

## search-embeddings: regenerate the shipped passage embeddings after a city's texts change (CITIES)
search-embeddings: install
	set -e; for city in $(CITIES); do $(PY) manage.py search_embeddings_write $$city; done

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache

.PHONY: bench-load drills
## bench-load: a realistic mix against prod-local with locust, and a static file as the ceiling
bench-load: install
	cd bench && ../$(PY) load.py

## drills: the four fault drills under load against prod-local (one PASS/FAIL line each)
drills: install
	cd bench && ../$(PY) drills.py

# --- production run on this machine (deploy/, docs/deploy.md); needs root -------------------
.PHONY: prod-local prod-stop prod-status backup restore

## prod-local: PostgreSQL, gunicorn, the task worker and nginx on 127.0.0.1:8080, production settings
prod-local:
	deploy/prod-local.sh start

## prod-stop: stop nginx, gunicorn, the task worker and the PostgreSQL cluster of prod-local
prod-stop:
	deploy/prod-local.sh stop

## prod-status: one line per part of prod-local, and whether /readyz answers 200
prod-status:
	deploy/prod-local.sh status

## backup: var/backups/<UTC time>/ with the database dump, the uploaded documents and a manifest
backup:
	deploy/backup.sh

## restore: BACKUP=var/backups/<time> into the configured database (must be empty, or FORCE=1)
restore:
	@test -n "$(BACKUP)" || (echo "usage: make restore BACKUP=var/backups/<time> [FORCE=1]" >&2; exit 2)
	FORCE=$(FORCE) deploy/restore.sh "$(BACKUP)"
