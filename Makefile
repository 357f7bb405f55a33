# bala: `make` sets everything up and refreshes data/curated/bala.duckdb; `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)
# The UI's Dagster state lives with the curated folder it publishes, as `bala`'s does (pipelines/instance.py).
UI_STATE = $(abspath $(or $(BALA_CURATED_DIR),$(CURDIR)/data/curated))/.dagster
PORT ?= 3000
define PORT_FREE
import socket, sys
port = int(sys.argv[1])
if socket.socket().connect_ex(("127.0.0.1", port)) == 0:
    sys.exit(f"port {port} on 127.0.0.1 is already in use: is bala's UI already running (open "
             f"http://127.0.0.1:{port})? Or choose another port: make ui PORT={port + 1}")
endef
export PORT_FREE

.PHONY: all setup refresh check test lint browser docs ui bench bench-accuracy bench-smoke clean

# The first command: set up and run a full refresh (every document extracted again).
all: setup
	$(BIN)/bala refresh --full

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

refresh: setup
	$(BIN)/bala refresh

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Debian's Chromium renders the compendium in the browser tests.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# The fast tier (lint, unit tests and the phrasing bank); `make test` runs every tier in two processes.
check: lint
	$(BIN)/pytest -q -m unit

# Test workspaces are scratch: kept in memory (/dev/shm) where the machine has it, which spares SQLite's and
# DuckDB's disk syncs; one folder per checkout, removed when the run ends (about 1 GB of memory otherwise stays
# taken by every checkout that ever ran the tests), the run's exit status kept.
TEST_TMP := $(if $(wildcard /dev/shm/.),/dev/shm/bala-tests-$(shell printf '%s' '$(CURDIR)' | cksum | cut -d' ' -f1))
test: lint browser
	$(BIN)/pytest -q -n 2 --dist worksteal $(if $(TEST_TMP),--basetemp=$(TEST_TMP)); status=$$?; \
	$(if $(TEST_TMP),rm -rf $(TEST_TMP);) exit $$status

docs: setup
	$(BIN)/python -m schemas.docs README.md

bench: setup bench-accuracy
	$(BIN)/python -m bench.run

# Recall and precision of extraction: the phrasing bank and the planted reports -> docs/accuracy.md
bench-accuracy: setup
	$(BIN)/python -m bench.accuracy

bench-smoke: setup
	$(BIN)/python -m bench.run --smoke

# The Dagster UI on http://127.0.0.1:$(PORT) (`make ui PORT=3001` for another port).
ui: setup
	@$(BIN)/python -c "$$PORT_FREE" $(PORT)
	@mkdir -p "$(UI_STATE)"
	BALA_STATE_DIR="$${BALA_STATE_DIR:-$(UI_STATE)}" $(BIN)/dagster dev -h 127.0.0.1 -p $(PORT)

clean:
	rm -rf .dagster data/curated/.dagster data/curated/*.duckdb data/curated/*.parquet
