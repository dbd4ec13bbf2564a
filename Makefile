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

# Wheel and sdist for PyPI into dist/, built in an isolated environment from pyproject.toml, so
# what is tested is what is uploaded. packaging/ci_check_dist.sh installs the wheel and runs it.
dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .

# One-folder desktop bundle in packaging/dist/cxmapper/ (PyInstaller, packaging/cxmapper.spec).
# PyInstaller is a build tool, so it lives in the `bundle` extra and is installed on first use.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,dev,bundle]"
	touch $@

bundle: $(BUNDLE_STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN \
		--distpath packaging/dist --workpath packaging/build packaging/cxmapper.spec
	@du -sh packaging/dist/cxmapper

schema: $(STAMP)
	$(PY) -m cxmapper schema > resources/schema/cxmap.schema.json

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache packaging/build packaging/dist
