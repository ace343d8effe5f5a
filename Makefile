# refsift: every target works from a fresh checkout with Python 3.11 and pip.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: install test lint train eval bench goldens clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(PY)
	$(PY) -m pip install --quiet -e ".[test]"

test: install
	$(PY) -m pytest -q

lint: install
	$(PY) -m pip install --quiet ruff
	$(VENV)/bin/ruff check cli tests

# Rebuild the shipped model and its provenance file from the project's own data (fixed seed).
train: install
	cd cli && ../$(PY) -m refsift.train.fit

# Per-field precision, recall and F1 on examples/, the seed page and the AnyStyle gold strings.
eval: install
	cd cli && ../$(PY) -m refsift.train.evaluate --shared $(abspath $(SHARED))

# Notes per second, start-up time and peak memory, on the seed and on a large generated batch.
bench: install
	$(PY) tests/bench/bench.py --shared $(abspath $(SHARED))

# Regenerate the derived golden outputs (examples/*.bib, *.ris, *.apa.txt) for review as diffs.
goldens: install
	$(PY) tests/golden/regenerate.py

clean:
	rm -rf build dist *.egg-info cli/*.egg-info .pytest_cache
