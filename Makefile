# Build, preview and test the site.
#
#   make serve        preview on http://127.0.0.1:8000 (ADDR=0.0.0.0:8000 to share it)
#   make build        build the site into site/ (strict: any warning fails; ENGINE=properdocs for ProperDocs)
#   make test         lint, type-check and run the tests (PYTEST_ARGS="-k roma" to pick)
#   make test-fast    the same without the browser tests and release gates: about a minute
#   make screenshots  phone and desktop screenshots into screenshots/ (SCREENSHOT_ARGS=...)
#   make budgets      what pages cost a reader (KB gzipped, layout shift) against the budgets (BUDGET_ARGS=...)
#   make release-check  every quality gate before publishing, with a summary table
#   make benchmark    build speed at 100/500/1000 synthetic projects (BENCH_ARGS="--sizes 100 --json f.json")
#   make clean        remove site/, .venv and caches
#
# Everything Python lives in .venv, created on first use. The project is
# (re)installed into it only when pyproject.toml changed since the last install.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ADDR ?= 127.0.0.1:8000
# mkdocs (MkDocs 1.6) or properdocs (ProperDocs 1.6, its maintained fork): the same site.
ENGINE ?= mkdocs
PYTEST_ARGS ?=
SCREENSHOT_ARGS ?=
BUDGET_ARGS ?=
BENCH_ARGS ?=

export PIP_DISABLE_PIP_VERSION_CHECK := 1
# MkDocs 1.6.1 and Material print an end-of-life / MkDocs 2.0 notice on every
# build unless this is set (the site stays on MkDocs 1.x or ProperDocs 1.6).
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve build test test-fast lint typecheck screenshots budgets release-check benchmark install install-test system-deps node-deps clean

help:
	@sed -n 's/^#   make /  make /p' $(firstword $(MAKEFILE_LIST))

# --- Python environment -----------------------------------------------------

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files: newer than pyproject.toml means the install is current.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e .
	touch $@

# The [test] extra includes the plain install, so it stamps both.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# --- System and npm dependencies of the tests -------------------------------

system-deps:
	@bash scripts/install-system-deps.sh

# npm ci (or npm install without a lock file) when node_modules is missing or
# older than package.json / package-lock.json. Nothing without a package.json.
node-deps:
	@if [[ -f package.json ]]; then \
	  if [[ ! -d node_modules || package.json -nt node_modules || ( -f package-lock.json && package-lock.json -nt node_modules ) ]]; then \
	    if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi; \
	    touch node_modules; \
	  fi; \
	fi

# --- Site ---------------------------------------------------------------------

# node-deps: the content editor at /admin/ is Sveltia CMS from npm; the maps are drawn from world-atlas.
# --dirty: a rebuild renders only the pages the change touches (the showcase
# plugin says which; see plugins/showcase/adapter/incremental.py).
serve: $(VENV)/.installed node-deps
	$(BIN)/$(ENGINE) serve --dirty --strict -a $(ADDR)

# The languages' pages built in one process per core, the whole-site files once
# at the end: the same site as `mkdocs build --strict` writes (tests/test_engines.py).
build: $(VENV)/.installed node-deps
	$(BIN)/python -m showcase.adapter.parallel --strict --engine $(ENGINE)

# --- Checks -------------------------------------------------------------------

lint: $(VENV)/.installed-test
	$(BIN)/ruff check plugins tests tools scripts benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

# ruff and mypy run first; pytest runs even when they fail (so one run shows
# everything), and the target fails if any of the three failed. pytest's own
# exit status is kept: exit 5 (no tests collected) fails the target.
test: $(VENV)/.installed-test system-deps node-deps
	@lint_failed=""; \
	echo "==> ruff check plugins tests tools scripts benchmarks"; \
	$(BIN)/ruff check plugins tests tools scripts benchmarks || lint_failed="$$lint_failed ruff"; \
	echo "==> mypy"; \
	$(BIN)/mypy || lint_failed="$$lint_failed mypy"; \
	if [[ -n "$$lint_failed" ]]; then echo "==> FAILED:$$lint_failed (running pytest anyway)"; fi; \
	echo "==> pytest $(PYTEST_ARGS)"; \
	rc=0; $(BIN)/python -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [[ -n "$$lint_failed" ]]; then echo "make test: failed:$$lint_failed" >&2; fi; \
	if [[ $$rc -eq 5 ]]; then echo "make test: pytest collected no tests" >&2; fi; \
	if [[ $$rc -ne 0 ]]; then exit $$rc; fi; \
	if [[ -n "$$lint_failed" ]]; then exit 1; fi

# The recipe of `test`, with pytest left to the tests marked neither browser
# nor gate (tests/conftest.py marks by folder). The build tests stay in: they
# read the real HTML back and catch most regressions, and the site builds in
# seconds. PYTEST_ARGS still narrows it ('-m "not build ..."' replaces the -m).
test-fast: override PYTEST_ARGS := -m 'not browser and not gate' $(PYTEST_ARGS)
test-fast: test

screenshots: $(VENV)/.installed-test system-deps
	$(BIN)/python tools/screenshot.py $(SCREENSHOT_ARGS)

budgets: $(VENV)/.installed-test system-deps
	$(BIN)/python tools/budgets.py $(BUDGET_ARGS)

# --- Release check ----------------------------------------------------------

# Strict build, Nu HTML Checker, axe-core, requests, sub-path crawl, workflow
# linters, ruff, mypy and pytest; prints one line per gate (scripts/release-check.py).
release-check: $(VENV)/.installed-test system-deps node-deps
	$(BIN)/python scripts/release-check.py

# Not part of `make test`: it takes minutes and prints figures, it asserts nothing.
benchmark: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

# --- Cleaning -------------------------------------------------------------------

clean:
	rm -rf site $(VENV) .pytest_cache .mypy_cache .ruff_cache build
	find . -path ./node_modules -prune -o -type d \( -name __pycache__ -o -name '*.egg-info' \) -print0 | xargs -0 rm -rf
