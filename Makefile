# Triglot: the README's commands. `make demo` sets up a fresh Debian machine and runs Triglot on the
# shipped Corpora; `make test` runs every test.
PREFIX ?= /usr/local
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/triglot

.PHONY: deps build demo test install clean rules bench

deps:
	@pkg-config --exists icu-i18n 2>/dev/null || { \
	  echo "Installing libicu-dev and pkg-config (apt-get)…"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libicu-dev pkg-config; }

build: deps
	$(SWIFT) build -c release --product triglot

demo: build
	@echo "== triglot detect Corpora/articles/01-budget-vote/*.txt"
	@$(BIN) detect Corpora/articles/01-budget-vote/uk.txt Corpora/articles/01-budget-vote/en.txt Corpora/articles/01-budget-vote/ru.txt
	@for article in Corpora/articles/*/; do \
	  echo "== triglot audit $$article"; \
	  $(BIN) audit --uk $$article/uk.txt --en $$article/en.txt --ru $$article/ru.txt --fail-on never; \
	done

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/triglot

# Transliteration benchmark (not a test): triglot vs translitua vs uconv on generated news text.
bench: build
	SKIP_BUILD=1 Benchmarks/translit-benchmark.sh

# Regenerate Sources/TriglotText/TransliterationRuleTexts.swift after editing Rules/*.txt.
rules:
	Rules/generate-swift.sh

clean:
	rm -rf .build
