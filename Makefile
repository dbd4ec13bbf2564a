# cxmapper: `make run` opens the editor on a sample map, `make test` runs every check.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM_TEST ?= offscreen

.PHONY: run test test-all lint typecheck fast bench schema translations translations-update dist bundle screenshots clean

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
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not office"

# Everything, including the checks that need LibreOffice (apt-get install libreoffice-impress).
test-all: lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The pure model and export tests only, without a QApplication: seconds, not minutes.
fast: $(STAMP)
	$(PY) -m pytest -m "not gui and not slow and not office"

# The whole-window benchmark suite on 1,000, 10,000 and 50,000 cards (tens of minutes);
# `make bench BENCH_ARGS=--quick` runs 1,000 cards in under a minute, `--json` for machines.
BENCH_ARGS ?=
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

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

# Interface translations. `make translations-update` re-reads every string of the package
# (all of cxmapper/, not only the widgets) into the .ts files translators edit; English keeps
# only the plural forms ("%n card(s)"). `make translations` compiles them into the .qm files,
# which are committed so an installed package needs no build step. tests/test_i18n.py checks
# that both are up to date. No line numbers in the .ts: code moving does not touch them.
TS_DIR     := resources/translations
TS_FILES   := $(TS_DIR)/cxmapper_es.ts $(TS_DIR)/cxmapper_ca.ts
PY_SOURCES  = $(shell find cxmapper -name '*.py' -not -path 'cxmapper/resources/*' | sort)

translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete $(PY_SOURCES) -ts $(TS_FILES)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly $(PY_SOURCES) \
		-ts $(TS_DIR)/cxmapper_en.ts

translations: $(STAMP)
	for ts in $(TS_DIR)/cxmapper_*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

schema: $(STAMP)
	$(PY) -m cxmapper schema > resources/schema/cxmap.schema.json

# The README's screenshots (1280x800, offscreen): each sample in English, Spanish and Catalan;
# the Inspector and the catalogue's empty search.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots_i18n.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots_inspector.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache packaging/build packaging/dist
