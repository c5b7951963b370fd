# The build. Every target works on a fresh machine with only Python 3.11 (or 3.10+) present:
# `make install` creates .venv and installs the pinned tools from constraints.txt.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS := mock,test,dev
LOCK_EXTRAS := mock,test,dev,bench

.PHONY: install demo generate check-generated lint typecheck test contract mock dist bench clean lock

install: $(STAMP)

# The main job: every example and the CLI against the embedded mock (no API key needed).
demo: $(STAMP)
	$(BIN)/python tools/demo.py

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[$(EXTRAS)]"
	touch $(STAMP)

# Rewrite generated/ from the OpenAPI document (pinned openapi-python-client + ruff).
generate: $(STAMP)
	$(BIN)/python tools/generate.py

# Fail when generated/ differs from what the document generates.
check-generated: $(STAMP)
	$(BIN)/python tools/generate.py --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

TYPED_PACKAGES := $(patsubst %/__init__.py,%,$(wildcard generated/twelvelabs_client/__init__.py wrapper/twelvelabs_runtime/__init__.py mock/twelvelabs_mock/__init__.py))

typecheck: $(STAMP)
	$(BIN)/mypy $(TYPED_PACKAGES) tests/typing/usage_sample.py

# The whole suite, with the coverage gate on wrapper/ and mock/: the floor in coverage-floor.txt is a
# measured figure rounded down, and only goes up (.ci/run checks that it never falls).
COVERAGE_FLOOR = $(shell cat coverage-floor.txt)

test: $(STAMP) check-generated lint typecheck
	$(BIN)/python -m pytest --cov --cov-report= --cov-fail-under=$(COVERAGE_FLOOR)

# Regenerate constraints.txt (exact versions of every tool and dependency) from a fresh resolve.
lock:
	rm -rf /tmp/twelvelabs-openapi-lock && $(PYTHON) -m venv /tmp/twelvelabs-openapi-lock
	/tmp/twelvelabs-openapi-lock/bin/pip install --quiet ".[$(LOCK_EXTRAS)]"
	/tmp/twelvelabs-openapi-lock/bin/pip freeze --exclude twelvelabs-openapi > constraints.txt

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# schemathesis CLI against the mock over loopback HTTP (all phases, all checks, JUnit in reports/).
contract: $(STAMP)
	$(BIN)/python tools/contract.py

# Wheel and sdist in dist/.
dist: $(STAMP)
	rm -rf dist && $(BIN)/python -m build --outdir dist .

# Serve the mock on 127.0.0.1:4010 until Ctrl-C.
mock: $(STAMP)
	$(BIN)/python -m twelvelabs_mock --host 127.0.0.1 --port 4010

# Benchmarks side by side with raw httpx and the official package (installed only here, from the bench extra).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[$(EXTRAS),bench]"
	$(BIN)/python benchmarks/run.py
