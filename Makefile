# Työuramentorointi · Career mentoring — every command sets up what it needs on a fresh clone.
#   make serve    serve the site with live reload (http://127.0.0.1:8000/)
#   make build    strict build into site/
#   make test     the whole test suite (installs test tools and Chromium when missing)
#   make i18n-status / make i18n-mark PAGE=guide/principles   translation bookkeeping
#   make pdf      strict build, then blank PDFs of the workbook and every worksheet into site/pdf/
#   make bench    performance budget: page weight, build time, Lighthouse -> bench/results.md
#   make search-bench [BEFORE=commit]   the search query list, before and after -> bench/results.md
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Material prints an end-of-life banner for MkDocs 1.x on every run; it is noise in our logs.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-under-load i18n-status i18n-mark chromium clean offline nginx java bench pdf search-bench

$(VENV)/.deps: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.pdf-deps: pyproject.toml $(VENV)/.deps
	$(PY) -m pip install --quiet -e '.[pdf]'
	@touch $@

$(VENV)/.test-deps: pyproject.toml $(VENV)/.deps
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

serve: $(VENV)/.deps
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.deps
	$(PY) -m mkdocs build --strict

test: $(VENV)/.test-deps chromium nginx java node_modules/.deps
	$(PY) -m pytest

# The browser tests three times beside two CPU-bound processes: they must wait for conditions, never for times.
test-under-load: $(VENV)/.test-deps chromium nginx java node_modules/.deps
	$(PY) scripts/under_load.py --runs $${RUNS:-3} --burners 2 -- -m browser

# Ready-made blank PDFs (A4) of the workbook and of each worksheet, in every language and bilingual, printed by the
# system Chromium into site/pdf/ and listed in site/pdf/index.js, which the pages read to link them. A later
# build empties site/ again, PDFs and links alike.
pdf: $(VENV)/.pdf-deps chromium build
	$(PY) scripts/make_pdf.py --site "$${SITE_DIR:-site}"

i18n-status: $(VENV)/.deps
	$(PY) scripts/i18n_tool.py status

i18n-mark: $(VENV)/.deps
	@test -n "$(PAGE)" || { echo "Usage: make i18n-mark PAGE=guide/principles [TO=en]"; exit 2; }
	$(PY) scripts/i18n_tool.py mark $(PAGE) $(if $(TO),--lang $(TO))

# Browser tests drive the system Chromium (Playwright's own browser download is not used).
chromium:
	@if command -v chromium >/dev/null 2>&1 || [ -n "$$CHROMIUM" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium package for the browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "The browser tests need Chromium. Install it (Debian/Ubuntu: 'sudo apt-get install chromium')"; \
		echo "or point CHROMIUM=/path/to/chromium at an existing one, then run 'make test' again."; \
		exit 1; \
	fi

# The web server tests run Debian's nginx on 127.0.0.1 with deploy/nginx.conf; without nginx they are skipped,
# so a failed installation does not stop `make test`.
# The package's own service is kept from starting (policy-rc.d): the tests start their own instance.
nginx:
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || [ -n "$$NGINX" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's nginx package for the web server tests (its service is not started)..."; \
		policy=/usr/sbin/policy-rc.d; added=; \
		if [ ! -e $$policy ]; then printf '#!/bin/sh\nexit 101\n' > $$policy && chmod +x $$policy && added=1; fi; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx; \
		status=$$?; if [ -n "$$added" ]; then rm -f $$policy; fi; \
		if [ $$status != 0 ]; then echo "Could not install nginx: the web server tests will be skipped."; fi; \
	else \
		echo "The web server tests need nginx (Debian/Ubuntu: 'sudo apt-get install nginx'); they are skipped without it."; \
	fi

# npm dev tools, pinned in package-lock.json: the Nu HTML Checker (tests) and Lighthouse (make bench).
# --ignore-scripts: vnu-jar's install script would download a Java runtime from GitHub; the machine's Java is used.
node_modules/.deps: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "The HTML validity tests and 'make bench' need Node.js 20 or newer with npm."; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# The HTML validity tests run the Nu HTML Checker (vnu.jar), which needs Java 11 or newer.
java:
	@if command -v java >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's default-jre-headless for the HTML validity tests..."; \
		mkdir -p /usr/share/man/man1; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless; \
	else \
		echo "The HTML validity tests need Java 11 or newer (Debian/Ubuntu: 'sudo apt-get install default-jre-headless')."; \
		exit 1; \
	fi

# Page weight, requests, build times, the sync guard's share and Lighthouse scores -> bench/results.md.
bench: $(VENV)/.test-deps chromium node_modules/.deps
	$(PY) scripts/bench.py

# The queries of tests/search_queries.py typed into the real search, on this tree and on BEFORE (default HEAD):
# writes the section "Search: queries of mentees and mentors" of bench/results.md.
search-bench: $(VENV)/.test-deps chromium
	$(PY) scripts/search_bench.py --before $(or $(BEFORE),HEAD)

clean:
	rm -rf site site-offline .pytest_cache

# A copy that works from disk or a file share with no internet: site-offline/ and site-offline.zip.
offline: $(VENV)/.deps
	OFFLINE=true SITE_DIR=site-offline $(PY) -m mkdocs build --strict
	rm -f site-offline.zip
	$(PY) -m zipfile -c site-offline.zip site-offline/
	@echo "Offline copy: site-offline/index.html (zipped: site-offline.zip)"
