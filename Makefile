# Handloom's task runner: the README's commands are these targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench reliability clean

# The environment every target shares: runtime dependencies and the `handloom` command.
$(VENV): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(VENV)

$(VENV)/.test-deps: $(VENV) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)
	$(BIN)/handloom

test: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not benchmark" -p no:cacheprovider

lint: $(VENV)/.test-deps
	$(BIN)/ruff check core app tests
	$(BIN)/mypy

bench: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m benchmark tests/benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
