# Handloom's task runner: the README's commands are these targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench reliability clean translations translations-update package package-test screenshots

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

# Interface translations: each resources/i18n/handloom_xx.ts compiles to a .qm (a build
# output, not in git). `make translations-update` refreshes the .ts files from app/.
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/handloom_*.ts))

resources/i18n/%.qm: resources/i18n/%.ts | $(VENV)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(TRANSLATIONS)

translations-update: $(VENV)
	$(BIN)/python -m app.i18n_tool
	$(BIN)/python -m app.i18n_report --stored --missing || true

run: $(VENV) translations
	$(BIN)/handloom

test: $(VENV)/.test-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not benchmark" -p no:cacheprovider

lint: $(VENV)/.test-deps
	$(BIN)/ruff check core app tests
	$(BIN)/mypy

bench: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m benchmark tests/benchmarks

# A picture of every page, light and dark (and two at 150 %), in build/screenshots/: under
# Xvfb when xvfb-run is installed, else Qt's offscreen platform.
screenshots: $(VENV)/.test-deps
	HANDLOOM_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/gui/test_screenshots.py

# The whole reliability suite at full scale (20 kills per stage, thousands of fuzzed cases
# per reader); `make test` runs the same tests at a quick scale.
reliability: $(VENV)/.test-deps
	HANDLOOM_RELIABILITY=full QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/reliability

# Installers: `make package` builds the base edition into dist/ (EDITION=training adds CPU
# torch and Unsloth); `make package-test` runs the frozen program headless on it, offline.
EDITION ?= base

$(VENV)/.package-deps: $(VENV) pyproject.toml
	$(BIN)/pip install --quiet -e '.[package]'
	touch $@

package: $(VENV)/.package-deps translations
	EDITION=$(EDITION) PYTHON=$(BIN)/python packaging/build.sh

package-test:
	test -x dist/$(EDITION)/handloom/handloom || $(MAKE) package EDITION=$(EDITION)
	packaging/smoke_test.sh $$(ls dist/handloom-*-linux-*-$(EDITION)-cpu.tar.gz 2>/dev/null | tail -1 | grep . || echo dist/$(EDITION)/handloom)

clean:
	rm -rf $(VENV) build dist *.egg-info
