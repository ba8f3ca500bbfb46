# Two commands do everything on a fresh machine with Python 3.11+:
#   make run   - virtual environment, install, translations, database, demo data, server and
#                the background-job worker beside it
#   make test  - the same plus the dev tools, then lint and the whole test suite
#   make check - the quick loop while working: lint and the tests without browser or slow ones
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The district's real stops (GTFS stops.txt form) for the demo; see README, "Public transport".
DEMO_STOPS := offers/demo/rhein-erft-stops.txt
DEMO_STOPS_CREDIT := --attribution "DB InfraGO AG, © OpenStreetMap contributors" --licence "CC BY 4.0" --url https://creativecommons.org/licenses/by/4.0/

.PHONY: run test check routing-engine bench bench-routing bench-jobs bench-search lint format prepare messages vendor check-vendor clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed, found " + sys.version.split()[0] + "; run make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed

# The routing engine's tools (pyvalhalla: Valhalla's service and tile builders) exist for
# Python 3.12+ only, so they get an environment of their own (ADR 30). Without such a Python
# the site runs as before: routes fall back to the planner links.
ROUTING_VENV ?= .venv-routing
ROUTING_PYTHON ?= $(shell for p in python3.13 python3.12 $(HOME)/.pyenv/versions/3.1[23]*/bin/python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)

routing-engine: $(ROUTING_VENV)/.installed

$(ROUTING_VENV)/.installed:
	@if [ -z "$(ROUTING_PYTHON)" ]; then \
		echo "No Python 3.12 or newer found: routes inside the app stay off (README, Routes)."; \
	else \
		$(ROUTING_PYTHON) -m venv $(ROUTING_VENV) && \
		$(ROUTING_VENV)/bin/pip install --quiet "pyvalhalla==3.9.1" && touch $@; \
	fi

# Compiled translations (.mo) are generated, not committed.
prepare:
	$(PY) manage.py compile_translations

run: $(VENV)/.installed prepare
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py import_gtfs $(DEMO_STOPS) --if-empty $(DEMO_STOPS_CREDIT)
	@# Imports, exports and bulk changes run as jobs in a worker (ADR 27), at a lower CPU
	@# priority than the site; it stops with the server.
	@# The routing engine serves routes when routing data has been built (README, Routes).
	DEBUG=true nice -n 10 $(PY) manage.py db_worker & worker=$$!; \
	engine=; if [ -e var/routing/current/valhalla.json ] && [ -d $(ROUTING_VENV) ]; then \
		$(PY) manage.py run_routing_engine & engine=$$!; fi; \
	trap 'kill $$worker $$engine 2>/dev/null' EXIT INT TERM; \
	DEBUG=true $(PY) manage.py runserver $(HOST):$(PORT)

# Two workers (pytest-xdist), one per core; PYTEST_ARGS adds to or narrows the run.
TEST_WORKERS ?= 2

test: $(VENV)/.installed-dev routing-engine prepare lint
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

check: $(VENV)/.installed-dev prepare lint
	$(BIN)/pytest -n $(TEST_WORKERS) -m "not browser and not slow" $(PYTEST_ARGS)

# Benchmarks (docs/performance.md): 2,000 / 20,000 / 200,000 offers on PostgreSQL (BENCH_POSTGRES,
# default postgres://postgres@127.0.0.1:5432) and SQLite. Data sets are made once (minutes) and
# reused. BENCH_ARGS, e.g. "--sizes 2000 --engines sqlite --quick", narrows it down.
bench: $(VENV)/.installed-dev prepare
	$(PY) -m scripts.benchmark $(BENCH_ARGS)

# The back office's jobs: 5,000-row previews, imports, undos and exports (docs/performance.md).
bench-routing: $(VENV)/.installed-dev routing-engine prepare
	$(PY) -m scripts.benchmark.routing $(BENCH_ARGS)

bench-search: $(VENV)/.installed-dev prepare
	$(PY) -m scripts.benchmark.search_quality --engine sqlite $(BENCH_ARGS)
	$(PY) -m scripts.benchmark.search_quality --engine postgresql $(BENCH_ARGS)

bench-jobs: $(VENV)/.installed-dev prepare
	$(PY) -m scripts.benchmark.jobs $(BENCH_ARGS)

# Python (ruff), the import contracts (import-linter), templates (djLint), and the site's own
# JavaScript and CSS (Biome, from npm: biome.jsonc).
lint: $(VENV)/.installed-dev node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates --lint --quiet
	node_modules/.bin/biome ci

# The pinned npm packages: the front-end linter, and the sources `make vendor` copies.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

format: $(VENV)/.installed-dev node_modules/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	node_modules/.bin/biome check --write

# Developer tool: needs GNU gettext. Updates locale/*/LC_MESSAGES/django.po from the code.
messages: $(VENV)/.installed
	$(PY) manage.py makemessages --all --no-location --ignore=node_modules --ignore=$(VENV) --ignore=staticfiles

# Developer tool: needs Node/npm. Copies the pinned front-end packages into static/vendor/.
vendor:
	npm ci --no-audit --no-fund
	node scripts/vendor-assets.mjs

check-vendor: vendor
	@test -z "$$(git status --porcelain -- static/vendor static/leaflet tests/browser/vendor)" || \
		{ git status --short -- static/vendor static/leaflet tests/browser/vendor; echo "static/ differs from package.json: run make vendor and commit"; exit 1; }

clean:
	rm -rf $(VENV) staticfiles
