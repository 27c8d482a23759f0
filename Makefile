# The two commands a new user needs: `make run` and `make test`. Both set up the
# environment and train the model first when needed.

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
RASA := $(BIN)/rasa
STAMP := $(VENV)/.installed
MODEL := models/triage.tar.gz
RASA_PORT ?= 5005
ACTIONS_PORT ?= 5055
SPACY_MODEL := nl_core_news_sm-3.4.0

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONHASHSEED := 0
export ACTION_SERVER_URL ?= http://localhost:$(ACTIONS_PORT)/webhook
# Channels (credentials.yml). Teams stays off without an app id.
export TEAMS_APP_ID ?=
export TEAMS_APP_PASSWORD ?=
export SENDER_ID_SALT ?=
# Web pages on other origins allowed to embed the widget (comma separated; never *).
export BOT_ALLOWED_ORIGINS ?=
# Conversations stay in memory unless TRACKER_DB names an SQL database, e.g.
# sqlite:///gesprekken.db or postgresql://user:password@host/db (see the README).
export TRACKER_DB ?=
BEWAARDAGEN ?= 30
# The HTTP API stays off unless BOT_API=1 together with BOT_API_TOKEN or BOT_JWT_SECRET.
export BOT_API ?=
export BOT_API_TOKEN ?=
export BOT_JWT_SECRET ?=
export ACTION_TIMEOUT ?= 10

comma := ,
# REST channel CORS: the same allow-list as the web chat; no header at all when empty.
CORS := $(if $(strip $(BOT_ALLOWED_ORIGINS)),--cors $(subst $(comma), ,$(BOT_ALLOWED_ORIGINS)))
ENDPOINTS := $(if $(strip $(TRACKER_DB)),endpoints-sql.yml,endpoints.yml)
API := $(if $(filter-out 0,$(strip $(BOT_API))),--enable-api \
  $(if $(BOT_JWT_SECRET),--jwt-secret "$$BOT_JWT_SECRET" --jwt-method HS256) \
  $(if $(BOT_API_TOKEN),--auth-token "$$BOT_API_TOKEN"))

TRAINING_INPUTS := config.yml domain.yml $(shell find data components triage -name '*.yml' -o -name '*.py' 2>/dev/null)

.PHONY: help install train run shell test lint check-organisatie opstart purge loadtest bench browser lock clean

help:
	@echo "make run    - set up, train if needed, and start the bot (REST on port $(RASA_PORT))"
	@echo "make test   - set up, train if needed, and run every test"
	@echo "make shell  - talk to the bot in the terminal"
	@echo "make train  - train the model (models/triage.tar.gz)"
	@echo "make check-organisatie - check organisatie.yml"
	@echo "make purge  - delete stored conversations older than BEWAARDAGEN (30) days"
	@echo "make loadtest - 50 concurrent conversations for 60 s against a local bot"
	@echo "make bench  - accuracy, speed, start-up and memory next to stock Rasa"

install: $(STAMP)

$(STAMP): requirements.txt
	@py=$$(scripts/find-python.sh) || exit 1; \
	  echo ">> Creating $(VENV) with $$py"; \
	  "$$py" -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip<24.1"
	$(BIN)/pip install --quiet -r requirements.txt
	@echo ">> Trying to download the Dutch spaCy model $(SPACY_MODEL)"
	@if $(PY) -c 'import spacy.util, sys; sys.exit(not spacy.util.is_package("nl_core_news_sm"))'; then \
	  echo ">> nl_core_news_sm is installed."; \
	elif timeout 120 $(PY) -m spacy download $(SPACY_MODEL) --direct >/dev/null 2>&1; then \
	  echo ">> nl_core_news_sm installed."; \
	else \
	  echo ">> NOTE: nl_core_news_sm could not be downloaded (no access to github.com?)."; \
	  echo ">>       The bot uses spaCy's blank Dutch pipeline with the lookup lemmatizer"; \
	  echo ">>       instead. It works, with somewhat weaker understanding."; \
	fi
	@touch $(STAMP)

# The guide search is fitted once and stored in models/ (a second or two when it is
# there already), so the action server starts in seconds.
train: $(MODEL)
	@$(PY) -m triage.gids --zoeker

$(MODEL): $(STAMP) $(TRAINING_INPUTS) data/nlu/gids.yml
	$(RASA) train --fixed-model-name triage --out models --force
	cd models && sha256sum triage.tar.gz > triage.tar.gz.sha256

# The classifier's examples for questions about the guide come from content/gids/.
data/nlu/gids.yml: $(STAMP) $(wildcard content/gids/*.yml) triage/gids.py
	$(PY) -m triage.gids --nlu

check-organisatie: $(STAMP)
	@$(PY) -m triage.organisatie

# Everything `make run` needs, checked with clear messages before anything starts.
opstart: train
	@$(PY) -m triage.opstart $(MODEL)

# Retention: delete conversations older than BEWAARDAGEN days from the SQL store.
# Schedule it daily, e.g. with cron: 15 3 * * * cd /srv/bot && make purge
purge: $(STAMP)
	@$(PY) -m triage.opslag --dagen $(BEWAARDAGEN)

loadtest: train
	$(PY) -m scripts.loadtest

# This bot next to Rasa's stock assistant and a TF-IDF baseline: docs/benchmarks.md.
bench: $(STAMP) data/nlu/gids.yml
	$(PY) -m scripts.bench

run: opstart
	@echo ""
	@echo "The bot starts on http://localhost:$(RASA_PORT) (actions on port $(ACTIONS_PORT))."
	@echo "Chat in the browser: http://localhost:$(RASA_PORT)/chat"
	@echo "Or over REST:"
	@echo "  curl -s localhost:$(RASA_PORT)/webhooks/rest/webhook -H 'Content-Type: application/json' \\"
	@echo "       -d '{\"sender\": \"test\", \"message\": \"hallo\"}'"
	@echo "or in a terminal with: make shell.  Stop with Ctrl-C."
	@echo ""
	@$(RASA) run actions --port $(ACTIONS_PORT) --actions actions & actions=$$!; \
	  trap 'kill $$actions 2>/dev/null' EXIT INT TERM; \
	  $(RASA) run --model $(MODEL) --port $(RASA_PORT) $(CORS) $(API) \
	    --credentials credentials.yml --endpoints $(ENDPOINTS)

shell: train check-organisatie
	@$(RASA) run actions --port $(ACTIONS_PORT) --actions actions >/dev/null 2>&1 & actions=$$!; \
	  trap 'kill $$actions 2>/dev/null' EXIT INT TERM; \
	  $(RASA) shell --model $(MODEL) --endpoints endpoints.yml

lint: $(STAMP)
	$(BIN)/ruff check actions components channels stores triage scripts tests
	$(BIN)/ruff format --check actions components channels stores triage scripts tests

# Debian's Chromium for the browser test (Playwright must not download its own).
browser:
	@if command -v chromium >/dev/null; then exit 0; fi; \
	  echo ">> Installing Debian's chromium for the browser test"; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null

test: lint browser
	$(RASA) data validate --fail-on-warnings
	$(MAKE) --no-print-directory train
	$(PY) -m pytest
	$(RASA) test core --model $(MODEL) --stories tests/test_stories.yml \
	  --fail-on-prediction-errors --out results

lock: $(STAMP)
	@{ echo "# Pinned environment for Python 3.10. Generated from requirements.in by 'make lock'."; \
	  $(BIN)/pip freeze --exclude pip --exclude setuptools --exclude wheel; } > requirements.txt

clean:
	rm -rf $(VENV) models results .rasa .pytest_cache
