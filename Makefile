# Triglot: the README's commands. `make demo` sets up a fresh Debian machine and runs Triglot on the
# shipped Corpora; `make test` runs every test.
PREFIX ?= /usr/local
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/triglot
REPORTS := .build/reports

.PHONY: deps build demo test install clean rules bench fuzz fuzz-build

# Hunspell's uk and ru dictionaries are optional at run time (name keys fall back to their own
# rules without them) but installed here so that builds and CI have them.
HUNSPELL_DICTIONARIES := /usr/share/hunspell/uk_UA.dic /usr/share/hunspell/ru_RU.dic
# FreeDict's English–Russian word list is optional at run time too (the aligner compares English
# paragraphs by glosses when it is there); zlib reads its .dict.dz.
FREEDICT := /usr/share/dictd/freedict-eng-rus.index

deps:
	@pkg-config --exists icu-i18n libxml-2.0 2>/dev/null || { \
	  echo "Installing libicu-dev, libxml2-dev and pkg-config (apt-get)…"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libicu-dev libxml2-dev \
	    pkg-config; }
	@{ pkg-config --exists hunspell 2>/dev/null && ls $(HUNSPELL_DICTIONARIES) >/dev/null 2>&1; } || { \
	  echo "Installing libhunspell-dev, hunspell-uk and hunspell-ru (apt-get)…"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libhunspell-dev hunspell-uk hunspell-ru pkg-config; }
	@{ pkg-config --exists zlib 2>/dev/null && ls $(FREEDICT) >/dev/null 2>&1; } || { \
	  echo "Installing zlib1g-dev and dict-freedict-eng-rus (apt-get)…"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    zlib1g-dev dict-freedict-eng-rus pkg-config; }

build: deps
	$(SWIFT) build -c release --product triglot

# The main job on the shipped Corpora: alignment quality against the gold alignments, the audit of
# the whole archive of articles, and a side-by-side HTML report per article under .build/reports.
demo: build
	@echo "== triglot eval Corpora/articles"
	@$(BIN) eval Corpora/articles
	@echo; echo "== triglot audit Corpora/articles"
	@$(BIN) audit Corpora/articles --fail-on never
	@echo; echo "== triglot audit Corpora/pages (the same articles as saved web pages)"
	@$(BIN) audit Corpora/pages --fail-on never
	@mkdir -p $(REPORTS)
	@for article in Corpora/articles/*/; do \
	  $(BIN) audit --uk $${article}uk.txt --en $${article}en.txt --ru $${article}ru.txt \
	    --fail-on never --format html --force -o $(REPORTS)/$$(basename $$article).html; \
	done
	@echo; echo "HTML reports, one per article: $(REPORTS)/*.html"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/triglot

# Benchmarks (not tests; Benchmarks/README.md): the batch audit, align per article and the long
# triple against hunalign (HUNALIGN=path of its binary) and galechurch, then translit and normalize
# against translitua and uconv (on real text too with WMT22=path of the WMT22 snapshot).
# BENCH_FULL=1 runs N = 1,000, 10,000 and 50,000 articles.
bench: build
	python3 Benchmarks/batch-benchmark.py
	SKIP_BUILD=1 Benchmarks/translit-benchmark.sh

# Regenerate Sources/TriglotText/Transliteration/TransliterationRuleTexts.swift after editing Rules/*.txt.
rules:
	Rules/generate-swift.sh

# libFuzzer (Tests/Fuzz/README.md; not part of `make test`): builds the harness with the fuzzer
# and address sanitizers in its own package, writes seeds from Corpora/, then runs each target in
# FUZZ_TARGETS for FUZZ_SECONDS, niced, keeping its corpus under FUZZ_WORK (git-ignored) and
# stopping at the first crash, whose input libFuzzer writes to FUZZ_WORK/artifacts/ (the log of
# each run: FUZZ_WORK/logs/TARGET.log).
FUZZ_TARGETS ?= normalize split anchors readers translit align serve serve-audit
FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 10
FUZZ_MAX_LEN ?= 16384
FUZZ_WORK ?= Tests/Fuzz/.build-work
# More libFuzzer flags, e.g. -fork=1 -ignore_crashes=1 to go on past a crash.
FUZZ_FLAGS ?=
FUZZ_BIN := Tests/Fuzz/.build/release/triglot-fuzz

# swift build passes --sanitize=fuzzer and --sanitize=address to swiftc as two -sanitize flags,
# in no fixed order, and swiftc keeps only the last: one build had coverage but no ASan, the next
# ASan but no coverage (190 counters instead of 123,271). -Xswiftc comes last and names both.
fuzz-build:
	cd Tests/Fuzz && nice -n 10 $(SWIFT) build -c release --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer,address

fuzz: fuzz-build
	python3 Tests/Fuzz/make-seeds.py Corpora $(FUZZ_WORK)/seeds
	@mkdir -p $(FUZZ_WORK)/artifacts $(FUZZ_WORK)/logs
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_WORK)/corpus/$$target; \
	  echo "== fuzz $$target for $(FUZZ_SECONDS) s"; \
	  nice -n 10 $(FUZZ_BIN) $$target -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	    -max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=2048 -print_final_stats=1 $(FUZZ_FLAGS) \
	    -artifact_prefix=$(FUZZ_WORK)/artifacts/$$target- \
	    $(FUZZ_WORK)/corpus/$$target $(FUZZ_WORK)/seeds/$$target >$(FUZZ_WORK)/logs/$$target.log 2>&1; \
	  status=$$?; \
	  grep -E '^#[0-9]+(:| +DONE)' $(FUZZ_WORK)/logs/$$target.log | tail -1; \
	  grep -E '^==[0-9]+==|^SUMMARY|written to|^stat::' $(FUZZ_WORK)/logs/$$target.log; \
	  [ $$status -eq 0 ] || { echo "fuzz $$target failed: $(FUZZ_WORK)/logs/$$target.log"; exit 1; }; \
	done

clean:
	rm -rf .build
