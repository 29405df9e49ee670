#!/usr/bin/env python3
"""Alignment benchmark: Triglot side by side with two Gale-Church aligners from PyPI.

Tools, all run in one go on the same inputs:
  triglot       `triglot align --format json` (release build) on all three editions
  triglot 2-ed  the same binary given only the two editions of the pair being scored
  galechurch    the `galechurch` package (Rust core), default Gale-Church parameters
  nltk          `nltk.translate.gale_church.align_blocks`, default parameters

Quality: pair precision, recall and F1 on Corpora/articles against gold.json, for the uk-en and
uk-ru pairs (the length-only peers align two texts at a time). A pair is two paragraphs of
different editions in one group, micro-averaged over articles, as in Triglot's AlignmentScore;
the script checks that its scoring of Triglot reproduces `triglot eval`.

Speed and memory: a synthetic ~1,000-paragraph triple built from the Corpora (the articles one
after another, with their omissions, merges, splits and boilerplate, repeated until the
Ukrainian edition has 1,000 paragraphs); each tool runs end to end (start, read, align, write)
under /usr/bin/time -v: median wall time and CPU time (user + system, which a busy shared machine
disturbs less) over the runs, and peak resident memory. The peers get its uk and en files and
run as `python3 align-benchmark.py --peer NAME UK EN`, so their figures include the Python
interpreter.

A peer that fails on an input is reported in the table: its pairs there count as none predicted.

Usage: python3 Benchmarks/align-benchmark.py [--paragraphs N] [--runs R] [--binary PATH]
Installs galechurch and nltk (pip) and `time` (apt-get) when missing, and builds the release
binary when it is missing.
"""
import argparse
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ("uk", "en", "ru")
PAIRS = (("uk", "en"), ("uk", "ru"))
PEERS = ("galechurch", "nltk")
TIME = "/usr/bin/time"


# Inputs


def split_paragraphs(text):
    """Paragraphs: blocks separated by blank lines (lines of white space only), 0-based as in
    gold.json. `evaluate` checks that triglot reads as many paragraphs."""
    blocks = re.split(r"\n(?:[^\S\n]*\n)+", "\n".join(text.splitlines()))
    return [block.strip() for block in blocks if block.strip()]


def read_paragraphs(path):
    with open(path, encoding="utf-8") as handle:
        return split_paragraphs(handle.read())


def write_paragraphs(path, paragraphs):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(paragraphs) + "\n")


def article_folders(corpora):
    """Article folders that hold all three editions and a gold.json."""
    folders = []
    for name in sorted(os.listdir(corpora)):
        folder = os.path.join(corpora, name)
        needed = [f"{lang}.txt" for lang in LANGUAGES] + ["gold.json"]
        if all(os.path.exists(os.path.join(folder, file)) for file in needed):
            folders.append(folder)
    if not folders:
        sys.exit(f"no articles in {corpora}")
    return folders


def synthetic_triple(folders, target):
    """The articles' editions concatenated, repeated until the uk edition has `target`
    paragraphs."""
    editions = {lang: [] for lang in LANGUAGES}
    sources = [{lang: read_paragraphs(os.path.join(f, f"{lang}.txt")) for lang in LANGUAGES}
               for f in folders]
    while len(editions["uk"]) < target:
        for article in sources:
            for lang in LANGUAGES:
                editions[lang].extend(article[lang])
            if len(editions["uk"]) >= target:
                break
    return editions


# Aligners: each returns the set of (source index, target index) paragraph links.


def links_of_groups(groups, first, second):
    """Every two paragraphs of languages `first` and `second` that share a group."""
    return {(i, j) for group in groups for i in group.get(first, []) for j in group.get(second, [])}


def triglot_command(binary, paths):
    """`triglot align --format json` on the editions in `paths` (language -> file)."""
    command = [binary, "align", "--format", "json"]
    for lang, path in paths.items():
        command += [f"--{lang}", path]
    return command


def triglot_groups(binary, paths):
    """Groups of `triglot align --format json` on the editions in `paths` (language -> file),
    and the number of paragraphs it read in each edition."""
    command = triglot_command(binary, paths)
    document = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
    counts = {edition["lang"]: len(edition["paragraphs"]) for edition in document["editions"]}
    return document["groups"], counts


def letters(paragraph):
    """Gale-Church length: characters other than white space."""
    return sum(1 for character in paragraph if not character.isspace())


def galechurch_links(source, target):
    import galechurch

    result = galechurch.align(source, target)
    return {(i, j) for bead in result.beads
            for i in range(bead.source_start, bead.source_end)
            for j in range(bead.target_start, bead.target_end)}


def nltk_links(source, target):
    from nltk.translate import gale_church

    return set(gale_church.align_blocks([letters(p) for p in source], [letters(p) for p in target]))


PEER_ALIGNERS = {"galechurch": galechurch_links, "nltk": nltk_links}


def run_peer(name, source_path, target_path):
    """`--peer` mode, the unit timed by the speed benchmark: read two files, align, print the
    links one per line."""
    links = PEER_ALIGNERS[name](read_paragraphs(source_path), read_paragraphs(target_path))
    sys.stdout.write("".join(f"{i}\t{j}\n" for i, j in sorted(links)))


# Scoring


class Counts:
    """Pair counts, as AlignmentScore.PairCounts: they add up over articles (micro-average)."""

    def __init__(self):
        self.correct = self.predicted = self.reference = 0

    def add(self, predicted, reference):
        self.correct += len(predicted & reference)
        self.predicted += len(predicted)
        self.reference += len(reference)

    def merged(self, other):
        total = Counts()
        for counts in (self, other):
            total.correct += counts.correct
            total.predicted += counts.predicted
            total.reference += counts.reference
        return total

    def precision(self):
        if self.predicted == 0:
            return 1.0 if self.reference == 0 else 0.0
        return self.correct / self.predicted

    def recall(self):
        return 1.0 if self.reference == 0 else self.correct / self.reference

    def f1(self):
        p, r = self.precision(), self.recall()
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


class Result:
    """One tool's quality counts per language pair, failures, and speed figures."""

    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.counts = {pair: Counts() for pair in PAIRS}
        self.failures = []
        self.speed = None
        self.speed_error = None

    def score(self, pair, article, predict, reference):
        """Adds one article's pair; a failing `predict` counts as no links and is recorded."""
        try:
            predicted = predict()
        except Exception as error:  # a peer's failure is a result, not a crash of the benchmark
            self.failures.append(f"{article} {'-'.join(pair)}: {type(error).__name__}: {error}")
            predicted = set()
        self.counts[pair].add(predicted, reference)


def evaluate(binary, folders):
    """Quality results of every tool on the articles."""
    version = subprocess.run([binary, "--version"], check=True, capture_output=True,
                             text=True).stdout.strip()
    gale_church = "default Gale-Church parameters (UBS priors, c = 1, s² = 6.8)"
    results = [
        Result("triglot", f"triglot {version} align, all three editions"),
        Result("triglot 2-ed", f"triglot {version} align, only the two editions compared"),
        Result("galechurch", f"galechurch {importlib.metadata.version('galechurch')} "
                             f"galechurch.align, {gale_church}"),
        Result("nltk", f"nltk {importlib.metadata.version('nltk')} "
                       f"gale_church.align_blocks, {gale_church}"),
    ]
    three, two, *peers = results
    for folder in folders:
        article = os.path.basename(folder)
        paths = {lang: os.path.join(folder, f"{lang}.txt") for lang in LANGUAGES}
        paragraphs = {lang: read_paragraphs(path) for lang, path in paths.items()}
        with open(os.path.join(folder, "gold.json"), encoding="utf-8") as handle:
            gold = json.load(handle)["groups"]
        groups, counts = triglot_groups(binary, paths)
        ours = {lang: len(paragraphs[lang]) for lang in LANGUAGES}
        if counts != ours:
            sys.exit(f"{article}: triglot read {counts} paragraphs, this script {ours}")
        for pair in PAIRS:
            first, second = pair
            reference = links_of_groups(gold, first, second)
            three.score(pair, article, lambda: links_of_groups(groups, first, second), reference)
            two.score(pair, article, lambda: links_of_groups(
                triglot_groups(binary, {first: paths[first], second: paths[second]})[0],
                first, second), reference)
            for peer in peers:
                aligner = PEER_ALIGNERS[peer.name]
                peer.score(pair, article,
                           lambda: aligner(paragraphs[first], paragraphs[second]), reference)
    check_against_eval(binary, folders, three)
    return results


def check_against_eval(binary, folders, result):
    """Exits unless this script's counts for Triglot equal those of `triglot eval`."""
    document = json.loads(subprocess.run(
        [binary, "eval", "--format", "json", *folders], check=True, capture_output=True).stdout)
    for pair in PAIRS:
        theirs = document["overall"]["pairs"]["-".join(pair)]
        ours = result.counts[pair]
        if (theirs["correct"], theirs["predicted"], theirs["reference"]) != (
                ours.correct, ours.predicted, ours.reference):
            sys.exit(f"scoring differs from triglot eval on {'-'.join(pair)}: {theirs}")


# Speed and memory


def timed(command):
    """Runs `command` under /usr/bin/time -v: (wall seconds, CPU seconds, peak RSS in MiB), or
    an error message."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        process = subprocess.run([TIME, "-v", "-o", report.name, *command],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        figures = dict(re.findall(r"^\s*(.+?): (\S+)$", report.read(), re.MULTILINE))
    if process.returncode != 0:
        lines = process.stderr.strip().splitlines() or [f"exit status {process.returncode}"]
        return lines[-1]
    cpu = float(figures["User time (seconds)"]) + float(figures["System time (seconds)"])
    return wall, cpu, int(figures["Maximum resident set size (kbytes)"]) / 1024


def measure_speed(results, binary, paths, runs):
    """Median wall and CPU time and largest peak RSS of each tool on the synthetic triple."""
    pair_paths = {"uk": paths["uk"], "en": paths["en"]}
    commands = {
        "triglot": triglot_command(binary, paths),
        "triglot 2-ed": triglot_command(binary, pair_paths),
    }
    for peer in PEERS:
        commands[peer] = [sys.executable, os.path.abspath(__file__), "--peer", peer,
                          paths["uk"], paths["en"]]
    for result in results:
        figures = []
        for _ in range(runs):
            outcome = timed(commands[result.name])
            if isinstance(outcome, str):
                result.speed_error = outcome
                break
            figures.append(outcome)
        else:
            walls, cpus, peaks = zip(*figures)
            result.speed = (statistics.median(walls), statistics.median(cpus), max(peaks))


# Report


def print_table(results, folders, editions, runs):
    pairs = sum(c.reference for c in results[0].counts.values())
    sizes = " / ".join(f"{len(editions[lang]):,}" for lang in LANGUAGES)
    print(f"quality: {len(folders)} articles of Corpora/articles, {pairs} gold uk-en + uk-ru pairs;"
          f" speed: synthetic uk/en/ru {sizes} paragraphs (peers: uk and en), median of {runs}")
    header = (f"{'tool':<13}{'uk-en P':>8}{'R':>7}{'F1':>7}{'uk-ru P':>9}{'R':>7}{'F1':>7}"
              f"{'both F1':>9}{'failed':>8}{'wall':>10}{'CPU':>9}{'peak RSS':>10}")
    print(header)
    print("─" * len(header))
    for result in results:
        en, ru = (result.counts[pair] for pair in PAIRS)
        both = en.merged(ru)
        speed = (f"{result.speed[0]:>8.3f} s{result.speed[1]:>7.2f} s{result.speed[2]:>6.0f} MiB"
                 if result.speed else f"{'failed':>10}{'—':>9}{'—':>10}")
        print(f"{result.name:<13}{en.precision():>8.3f}{en.recall():>7.3f}{en.f1():>7.3f}"
              f"{ru.precision():>9.3f}{ru.recall():>7.3f}{ru.f1():>7.3f}{both.f1():>9.3f}"
              f"{len(result.failures):>5}/{2 * len(folders)}{speed}")
    print()
    for result in results:
        print(f"{result.name:<13}{result.description}")
        for failure in result.failures:
            print(f"{'':<13}failed: {failure}")
        if result.speed_error:
            print(f"{'':<13}failed on the synthetic triple: {result.speed_error}")


# Setup


def ensure_tools(binary):
    """Installs what is missing: the peers (pip), /usr/bin/time (apt-get), the release build."""
    missing = [name for name in PEERS if importlib.util.find_spec(name) is None]
    if missing:
        print(f"Installing {' '.join(missing)} (pip)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *missing], check=True)
        importlib.invalidate_caches()
    if not os.access(TIME, os.X_OK):
        print("Installing time (apt-get)…", file=sys.stderr)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
        subprocess.run([*sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install",
                        "-y", "-qq", "time"], check=True)
    if not os.access(binary, os.X_OK):
        if not shutil.which("swift"):
            sys.exit(f"{binary}: not built and swift is not installed")
        subprocess.run(["swift", "build", "-c", "release", "--product", "triglot"], cwd=ROOT,
                       check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/triglot"))
    parser.add_argument("--corpora", default=os.path.join(ROOT, "Corpora/articles"))
    parser.add_argument("--peer", nargs=3, metavar=("NAME", "SOURCE", "TARGET"),
                        help="align two files with one peer and print the links (the unit timed)")
    options = parser.parse_args()
    if options.peer:
        name, source, target = options.peer
        if name not in PEER_ALIGNERS:
            parser.error(f"--peer: one of {', '.join(PEERS)}")
        run_peer(name, source, target)
        return

    ensure_tools(options.binary)
    folders = article_folders(options.corpora)
    results = evaluate(options.binary, folders)
    editions = synthetic_triple(folders, options.paragraphs)
    with tempfile.TemporaryDirectory() as folder:
        paths = {lang: os.path.join(folder, f"{lang}.txt") for lang in LANGUAGES}
        for lang, path in paths.items():
            write_paragraphs(path, editions[lang])
        measure_speed(results, options.binary, paths, options.runs)
    print_table(results, folders, editions, options.runs)


if __name__ == "__main__":
    main()
