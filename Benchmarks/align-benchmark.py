#!/usr/bin/env python3
"""Benchmark of `triglot align`: builds a synthetic 1,000-paragraph three-edition article from
the Corpora (the articles one after another, with their omissions, merges, splits and
boilerplate, repeated until the Ukrainian edition has 1,000 paragraphs), aligns it with the
release binary several times, and reports the wall time (median and best) and the peak memory.

Usage: python3 Benchmarks/align-benchmark.py [--paragraphs N] [--runs R] [--binary PATH]
Build first: swift build -c release --product triglot
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ("uk", "en", "ru")


def articles(corpora):
    for name in sorted(os.listdir(corpora)):
        folder = os.path.join(corpora, name)
        if all(os.path.exists(os.path.join(folder, f"{lang}.txt")) for lang in LANGUAGES):
            yield {lang: read_paragraphs(os.path.join(folder, f"{lang}.txt")) for lang in LANGUAGES}


def read_paragraphs(path):
    with open(path, encoding="utf-8") as handle:
        return [block.strip() for block in handle.read().split("\n\n") if block.strip()]


def synthetic_triple(corpora, target):
    editions = {lang: [] for lang in LANGUAGES}
    sources = list(articles(corpora))
    if not sources:
        sys.exit(f"no articles in {corpora}")
    while len(editions["uk"]) < target:
        for article in sources:
            for lang in LANGUAGES:
                editions[lang].extend(article[lang])
            if len(editions["uk"]) >= target:
                break
    return editions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/triglot"))
    parser.add_argument("--corpora", default=os.path.join(ROOT, "Corpora/articles"))
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        sys.exit(f"{options.binary}: not built; run: swift build -c release --product triglot")

    editions = synthetic_triple(options.corpora, options.paragraphs)
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for lang, paragraphs in editions.items():
            paths[lang] = os.path.join(folder, f"{lang}.txt")
            with open(paths[lang], "w", encoding="utf-8") as handle:
                handle.write("\n\n".join(paragraphs) + "\n")
        command = [options.binary, "align", "--format", "json"]
        for lang in LANGUAGES:
            command += [f"--{lang}", paths[lang]]
        times = []
        for _ in range(options.runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    counts = ", ".join(f"{lang} {len(editions[lang])}" for lang in LANGUAGES)
    print(f"synthetic triple: {counts} paragraphs")
    print(
        f"triglot align (end to end, json output): median {statistics.median(times):.3f} s, "
        f"best {min(times):.3f} s over {options.runs} runs; peak memory {peak:.1f} MiB")


if __name__ == "__main__":
    main()
