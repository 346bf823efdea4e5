# Radar: `make run` to try it, `make test` to test it. Nothing else to set up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= 2

.PHONY: install install-dev run test test-fast lint format ci migrate demo messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/radar migrate --noinput

demo: migrate
	$(BIN)/radar demo

run: demo
	@echo ""
	@echo "Radar runs on http://$(HOST):$(PORT)/  (stop with Ctrl+C)"
	@echo "Demo logins, all with the password radar-demo:"
	@echo "  outreacher1 (team Noord)  outreacher2 (team Zuid)  teamlead1  colleague1"
	@echo "  partner1  policy1  admin1 (configuration and audit log)"
	@echo "(Django's debug pages instead of Radar's error pages: DEBUG=1 make run)"
	@echo ""
	@# One background worker next to the web server (screening and other jobs, ADR 0014).
	RADAR_LOCAL=1 $(BIN)/radar worker --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	RADAR_LOCAL=1 $(BIN)/radar runserver $(HOST):$(PORT)

test: install-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	DEBUG=1 $(BIN)/radar makemigrations --check --dry-run
	$(BIN)/pytest -n $(PYTEST_WORKERS) -p no:cacheprovider --ds=config.settings_test

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/ruff format --check radar config bench

format: install-dev
	$(BIN)/ruff format radar config bench
	$(BIN)/ruff check --fix .

# Regenerate the translation catalogues (needs GNU gettext: apt-get install gettext).
messages: install-dev
	DEBUG=1 $(BIN)/radar makemessages -l nl -l fr -l en --no-obsolete \
		--ignore=.venv --ignore=data --ignore=bench --ignore='*/tests/*'
	DEBUG=1 $(BIN)/radar compilemessages --ignore=.venv

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
