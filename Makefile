# Handloom's task runner: the README's commands are these targets.
# Python 3.11, as pyproject's requires-python says (the prebuilt wheels are built for it).
PYTHON ?= $(shell command -v python3.11 || command -v python3 || echo python3.11)
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-fast lint bench reliability clean translations translations-update package package-test screenshots engine

TRAIN_REQUIREMENTS := core/train/requirements.txt core/train/requirements-unsloth.txt

# llama.cpp is built from source for every CPU (packaging/llama_build.py): its CPU code is
# a set of variants chosen at run time, never -march=native. The wheel is kept in $(WHEELS),
# in a folder named by its build settings, so later venvs install it without building.
WHEELS ?= .wheels

# torch's CPU build, never a CUDA one (several GB that the CPU edition never uses). PyPI's
# Linux torch is the CUDA build, so on Linux the CPU build (2.13.0+cpu) comes from a wheel
# pip already knows of (PIP_FIND_LINKS or find-links in pip.conf, as on the development
# machines and CI) or else from PyTorch's CPU wheel index; if neither has it, make stops
# rather than download the CUDA build. Elsewhere PyPI's build is the CPU one. The version
# is the one core/train/requirements.txt pins.
TORCH_VERSION := $(shell sed -n 's/^torch==//p' core/train/requirements.txt)
TORCH_CPU_INDEX ?= https://download.pytorch.org/whl/cpu
ifeq ($(shell uname -s),Linux)
TORCH_CPU := torch==$(TORCH_VERSION)+cpu
else
TORCH_CPU := torch==$(TORCH_VERSION)
endif

# The environment every target shares: runtime dependencies, the training stack and the
# `handloom` command. The portable llama.cpp goes in first, so that pip never builds (or
# takes from its cache) a default one for the same version; then torch's CPU build (above),
# whose dependencies come with the rest. Unsloth goes in with --no-deps because it declares
# torchvision, which does not load beside the CPU torch (tests/train/
# test_unsloth_dependencies.py checks the list in requirements.txt against its metadata).
$(VENV): pyproject.toml $(TRAIN_REQUIREMENTS)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null || { \
	  echo "Handloom needs Python 3.11; $(PYTHON) is $$($(PYTHON) -V 2>/dev/null || echo "not there")." >&2; \
	  echo "Install Python 3.11 (python3.11 on the PATH) or run make PYTHON=/path/to/python3.11." >&2; \
	  exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/python packaging/llama_build.py install --wheels $(WHEELS)
	$(BIN)/pip install --quiet --no-deps --no-index '$(TORCH_CPU)' 2>/dev/null \
	  || $(BIN)/pip install --quiet --no-deps --index-url $(TORCH_CPU_INDEX) '$(TORCH_CPU)' \
	  || { [ "$$(uname -s)" != Linux ] && $(BIN)/pip install --quiet --no-deps '$(TORCH_CPU)'; } \
	  || { echo "torch's CPU build $(TORCH_CPU) is neither in pip's find-links nor reachable at" \
	       "$(TORCH_CPU_INDEX); put its wheel in a folder named by PIP_FIND_LINKS." >&2; exit 1; }
	$(BIN)/pip install --quiet -e . -r core/train/requirements.txt
	$(BIN)/pip install --quiet --no-deps -r core/train/requirements-unsloth.txt
	touch $(VENV)

$(VENV)/.test-deps: $(VENV) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Every run checks that the installed llama.cpp is the portable build made from the current
# settings (a venv from before, or a pip that installed another build, is put right).
engine: | $(VENV)
	@$(BIN)/python packaging/llama_build.py install --wheels $(WHEELS)

# Interface translations: each resources/i18n/handloom_xx.ts compiles to a .qm (a build
# output, not in git). `make translations-update` refreshes the .ts files from app/.
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/handloom_*.ts))

resources/i18n/%.qm: resources/i18n/%.ts | $(VENV)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(TRANSLATIONS)

translations-update: $(VENV)
	$(BIN)/python -m tools.i18n_tool
	$(BIN)/python -m tools.i18n_report --stored --missing || true

run: $(VENV) engine translations
	$(BIN)/handloom

test: $(VENV)/.test-deps engine translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not benchmark" -p no:cacheprovider

# The quick loop while working: every test that needs no real model, no training and nothing
# slow (the reliability suite, qemu, an X server, screenshots, timings). The markers are
# pyproject.toml's; a test that asks for a real model's fixture is marked `model` by
# tests/conftest.py. Page tests run their jobs on scripted models (tests/scripted_models.py).
# `make test` still runs them all.
test-fast: $(VENV)/.test-deps engine translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n auto --dist worksteal \
	  -m "not benchmark and not model and not training and not slow"

lint: $(VENV)/.test-deps
	$(BIN)/ruff check core app tools tests
	$(BIN)/mypy

bench: $(VENV)/.test-deps engine
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m benchmark tests/benchmarks

# A picture of every page, light and dark (and two at 150 %), and of every page in each
# interface language (sw, ar, es, fr, hi, id, ja), in build/screenshots/: under Xvfb when
# xvfb-run is installed, else Qt's offscreen platform.
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

package: $(VENV)/.package-deps engine translations
	EDITION=$(EDITION) PYTHON=$(BIN)/python packaging/build.sh

package-test:
	test -x dist/$(EDITION)/handloom/handloom || $(MAKE) package EDITION=$(EDITION)
	packaging/smoke_test.sh $$(ls dist/handloom-*-linux-*-$(EDITION)-cpu.tar.gz 2>/dev/null | tail -1 | grep . || echo dist/$(EDITION)/handloom)

clean:
	rm -rf $(VENV) build dist *.egg-info   # $(WHEELS) stays: rebuilding llama.cpp is slow
