# Two commands on a fresh clone: `make run` and `make test`.
# Both create .venv and install the project (editable, with dev extras) when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench screenshots clean translations bundle

# The one-folder application, built in its own venv so the dev venv stays as it is.
BUNDLE_VENV := .venv-bundle
BUNDLE_BIN := $(BUNDLE_VENV)/bin
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

$(BUNDLE_STAMP): pyproject.toml
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_BIN)/python -m pip install --upgrade pip
	$(BUNDLE_BIN)/python -m pip install -e '.[bundle]'
	touch $(BUNDLE_STAMP)

run: $(STAMP)
	$(BIN)/ictviewer

# Lint, the architecture contracts (import-linter, see pyproject.toml), every test that
# needs no Qt with Qt blocked (proving the core runs without it), then every test that
# needs Qt (the window's, headless, and the PDF ones). Each test runs once.
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks resources packaging
	$(BIN)/ruff format --check src tests benchmarks resources packaging
	$(BIN)/lint-imports
	ICTVIEWER_WITHOUT_QT=1 $(BIN)/python -m pytest -q -p no:pytest-qt -m "not needs_qt" \
		-n auto --dist loadfile tests/core tests/cli
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m needs_qt -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks resources packaging
	$(BIN)/ruff format --check src tests benchmarks resources packaging
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks resources packaging
	$(BIN)/ruff format src tests benchmarks resources packaging

bench: $(STAMP)
	$(BIN)/python benchmarks/search_bench.py

# dist/ictviewer/ictviewer: PyInstaller's one folder (packaging/ictviewer.spec), rebuilt
# from scratch each time, then smoke-tested as a delegate's laptop would run it: no
# Python, no venv, no network, a fresh HOME (packaging/smoke.py). See the README.
bundle: $(BUNDLE_STAMP)
	rm -rf dist/ictviewer build/pyinstaller
	$(BUNDLE_BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/ictviewer.spec
	$(BUNDLE_BIN)/python packaging/smoke.py dist/ictviewer

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist .pytest_cache .ruff_cache

# The translators' catalogues: every tr() of the window, kept in the repository (.ts). Run after
# changing user-visible strings, then translate the new entries in Qt Linguist
# ($(BIN)/pyside6-linguist resources/translations/ictviewer_ru.ts). The .qm is compiled on
# first use into the user cache (ictviewer.ui.i18n), in a checkout and an installed copy alike.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/ictviewer/ui -name '*.py' | sort) \
		-no-obsolete -locations relative -target-language ru_RU \
		-ts resources/translations/ictviewer_ru.ts
