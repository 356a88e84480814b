# Two commands for a fresh machine: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run demo test lint bench check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)  ## install the bot and its dev tools into .venv

run: $(STAMP)  ## run the bot; without BOT_TOKEN, the offline demo
	$(BIN)/python -m bot

demo: $(STAMP)  ## the offline demo against the local Bot API emulator
	$(BIN)/python -m bot demo

test: $(STAMP)  ## lint and type-check, then every test
	$(BIN)/ruff check .
	$(BIN)/mypy bot emulator
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff and mypy, as `make test` runs them first
	$(BIN)/ruff check .
	$(BIN)/mypy bot emulator

check: $(STAMP)  ## validate the posting files
	$(BIN)/python -m bot check --postings postings

bench: $(STAMP)  ## print the benchmarks' figures
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
