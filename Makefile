# Met Andere Ogen platform. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# The suite in parallel, one worker per core (at most 4): the leak probe alone makes
# about 3,000 requests per role. PYTEST_WORKERS= runs it in one process.
PYTEST_WORKERS ?= -n auto --maxprocesses=4

.DEFAULT_GOAL := help
.PHONY: browser-deps help install run serve migrate seed test pytest lint format check clean prod-local bench bench-short bench-search screenshots

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed ## Install everything into a local virtual environment

migrate: install ## Apply database migrations
	$(PY) manage.py migrate --noinput

seed: migrate ## Build the demo site (idempotent)
	$(PY) manage.py seed_demo

run: migrate ## Install, migrate, seed demo content if the database is empty, and serve on http://127.0.0.1:8000
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py runserver $(HOST):$(PORT)

check: install ## Django system checks and missing migrations
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

lint: install ## ruff check and ruff format --check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Format and auto-fix with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

tests/browser/node_modules/.package-lock.json: tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --silent

browser-deps: ## axe-core for the browser suite (npm); chromium comes from Debian (apt-get install chromium)
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory tests/browser/node_modules/.package-lock.json; \
	else echo "npm not found: the browser suite will be skipped (install nodejs and npm)"; fi

pytest: install browser-deps ## Only the pytest suite (PYTEST_ARGS=... to pass options)
	$(PY) -m pytest $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: lint check pytest ## The whole test suite: lint, checks and pytest (DATABASE_URL selects PostgreSQL)

screenshots: install browser-deps ## Screenshots of the demo site (chromium) into docs/screenshots/
	MAO_SCREENSHOTS=1 $(PY) -m pytest tests/browser/test_screenshots.py -q -rs

prod-local: install ## The production stack on this machine: PostgreSQL, Redis, worker, gunicorn on :8000
	deploy/prod-local.sh

bench: install ## Benchmark: 10,000 practices on PostgreSQL + Redis, gunicorn under wrk, writes bench/results/latest.md
	$(PY) -m bench.run --pages 10000 --duration 10 --output bench/results/latest.md

bench-short: install ## Short benchmark (1,000 pages, 3 s rows under wrk): fails only on errors
	$(PY) -m bench.run --pages 1000 --duration 3 --output bench/results/short.md

bench-search: install ## Search benchmark at 10,000 practices (database, then OpenSearch) and recall@10, to bench/results/
	$(PY) bench/search_bench.py --backend database
	$(PY) bench/search_bench.py --backend opensearch
	MAO_WRITE_RESULTS=1 $(PY) -m pytest tests/search/test_relevance.py -q

clean: ## Remove the virtual environment, the SQLite database and media
	rm -rf $(VENV) db.sqlite3 media staticfiles
