# Handloom's task runner: the README's commands are these targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench reliability clean

TRAIN_REQUIREMENTS := core/train/requirements.txt core/train/requirements-unsloth.txt

# The environment every target shares: runtime dependencies, the training stack and the
# `handloom` command. torch is installed first and pinned: 2.13.0 is the CPU build (an
# unpinned torch would pull a multi-GB CUDA build); Unsloth goes in with --no-deps because
# its release that trains on CPU pins a certifi newer than the registry has.
$(VENV): pyproject.toml $(TRAIN_REQUIREMENTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e . -r core/train/requirements.txt
	$(BIN)/pip install --quiet --no-deps -r core/train/requirements-unsloth.txt
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

# The whole reliability suite at full scale (20 kills per stage, thousands of fuzzed cases
# per reader); `make test` runs the same tests at a quick scale.
reliability: $(VENV)/.test-deps
	HANDLOOM_RELIABILITY=full QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/reliability

clean:
	rm -rf $(VENV) build dist *.egg-info
