# cxmapper: `make run` opens the editor on a sample map, `make test` runs every check.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM_TEST ?= offscreen

.PHONY: run test lint typecheck fast bench schema translations dist bundle screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m cxmapper --sample clothing-shop

lint: $(STAMP)
	$(PY) -m ruff check cxmapper tests benchmarks
	$(PY) -m ruff format --check cxmapper tests benchmarks

typecheck: $(STAMP)
	$(PY) -m mypy

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The pure model and export tests only, without a QApplication: seconds, not minutes.
fast: $(STAMP)
	$(PY) -m pytest -m "not gui and not slow"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

schema: $(STAMP)
	$(PY) -m cxmapper schema > resources/schema/cxmap.schema.json

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
