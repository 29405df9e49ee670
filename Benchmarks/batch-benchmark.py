#!/usr/bin/env python3
"""Batch and long-document benchmarks (not a test; run by `make bench`), side by side in one run.

Batch, for each N: N article triples from triglot-corpus-generate (seeded; Corpora/articles
copied with varied numbers and names and realistic edits) are processed by
  triglot audit   the batch audit, one process over the folder ($TRIGLOT_AUDIT, below)
  triglot align   `triglot align --format json`, one process per article (three editions)
  hunalign        one process per language pair (uk-en, uk-ru, en-ru) per article, paragraphs one
                  a line, an empty dictionary, -utf ($HUNALIGN; skipped with the reason if unset)
  galechurch      the PyPI package's align_corpus (its Rust thread pool) on the same three pairs
The per-process tools run $BENCH_JOBS processes at a time (default: the number of cores), so that
every tool may use the whole machine. Printed: wall and CPU time (user + system of every process,
from wait4), CPU/wall, articles/s and paragraphs/s (of the three editions together) by wall time,
peak RSS of the largest process, and each tool's throughput as a multiple of hunalign's.

Long: one 1,900-paragraph triple that is 1-1-1 throughout, and its lopsided variant with 720 extra
English paragraphs in 3 blocks (LONG below): `triglot align` on the three editions against
hunalign and galechurch on the three pairs (one process per pair, one after the other).

Environment: BENCH_FULL=1 for N = 1,000, 10,000 and 50,000 (default 100 and 400), or
BENCH_SIZES="N …"; BENCH_PEER_MAX (default 1000): larger N run triglot audit only, since the
per-article tools' throughput does not depend on N; BENCH_RSS_LIMIT_MB (default 2048): the
audit is killed, and reported so, when its resident memory passes it, and larger N are then
skipped (a shared machine); BENCH_DIR (default a temporary folder,
deleted afterwards) for the generated input; TRIGLOT (default .build/release/triglot);
TRIGLOT_AUDIT, the batch audit command, {triglot} and {dir} filled in (default
`{triglot} audit --corpus {dir} --format jsonl --fail-on never` when `triglot audit --help` lists
--corpus, else `{triglot} audit {dir} --format json --fail-on never`).
"""
import importlib.util
import os
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile

import processes

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGUAGES = ("uk", "en", "ru")
PAIRS = (("uk", "en"), ("uk", "ru"), ("en", "ru"))
GENERATOR = os.path.join(HERE, ".build/release/triglot-corpus-generate")
# The long triple: paragraphs per edition, extra English paragraphs, blocks they come in.
LONG = {"paragraphs": 1900, "extra": 720, "blocks": 3}


def load_align_benchmark():
    """align-benchmark.py as a module, for its paragraph reading (the blank-line rule)."""
    spec = importlib.util.spec_from_file_location("align_benchmark",
                                                  os.path.join(HERE, "align-benchmark.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


read_paragraphs = load_align_benchmark().read_paragraphs


# Setup


def audit_command(triglot):
    """The batch audit command template: $TRIGLOT_AUDIT, or by what `audit --help` offers."""
    if os.environ.get("TRIGLOT_AUDIT"):
        return os.environ["TRIGLOT_AUDIT"]
    help_text = subprocess.run([triglot, "audit", "--help"], capture_output=True, text=True).stdout
    if "--corpus" in help_text:
        return "{triglot} audit --corpus {dir} --format jsonl --fail-on never"
    return "{triglot} audit {dir} --format json --fail-on never"


def peers():
    """Paths of the peers that can run here, and why the others are skipped."""
    found, skipped = {}, []
    hunalign = os.environ.get("HUNALIGN", "")
    if hunalign and os.access(hunalign, os.X_OK):
        found["hunalign"] = os.path.abspath(hunalign)
    else:
        skipped.append("hunalign: set HUNALIGN to the built hunalign binary"
                       + (f" ({hunalign} is not executable)" if hunalign else ""))
    if importlib.util.find_spec("galechurch"):
        found["galechurch"] = sys.executable
    else:
        skipped.append("galechurch: not installed (pip install galechurch)")
    return found, skipped


def build_generator():
    """Builds triglot-corpus-generate (release) in the Benchmarks package when missing."""
    if not os.access(GENERATOR, os.X_OK):
        subprocess.run(["swift", "build", "-c", "release", "--product", "triglot-corpus-generate"],
                       cwd=HERE, check=True, stdout=sys.stderr)


def generate(arguments):
    subprocess.run([GENERATOR, *arguments], check=True)


def write_lines(folder, lines_root, name):
    """Writes the article's editions one paragraph a line (hunalign's and galechurch's input)
    as lines_root/LANG/NAME.txt; returns the article's paragraph count (three editions)."""
    total = 0
    for lang in LANGUAGES:
        path = os.path.join(folder, f"{lang}.txt")
        paragraphs = [" ".join(p.split()) for p in read_paragraphs(path)]
        total += len(paragraphs)
        if lines_root:
            with open(os.path.join(lines_root, lang, f"{name}.txt"), "w", encoding="utf-8") as out:
                out.write("\n".join(paragraphs) + "\n")
    return total


def prepare(corpus, lines_root):
    """Article names and total paragraphs of the corpus; with lines_root, the line files."""
    names = sorted(os.listdir(corpus))
    if lines_root:
        for lang in LANGUAGES:
            os.makedirs(os.path.join(lines_root, lang), exist_ok=True)
    return names, sum(write_lines(os.path.join(corpus, n), lines_root, n) for n in names)


# Commands


def align_commands(triglot, folders):
    return [[triglot, "align", "--format", "json"]
            + [arg for lang in LANGUAGES for arg in (f"--{lang}", os.path.join(f, f"{lang}.txt"))]
            for f in folders]


def hunalign_commands(hunalign, dictionary, lines_root, names):
    return [[hunalign, "-utf", dictionary, os.path.join(lines_root, a, f"{n}.txt"),
             os.path.join(lines_root, b, f"{n}.txt")] for n in names for a, b in PAIRS]


def galechurch_command(lines_root, output, jobs):
    """One Python process aligning the three pairs of every article with align_corpus."""
    program = ("import galechurch, os, sys\n"
               "root, out, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])\n"
               f"for a, b in {PAIRS!r}:\n"
               "    os.makedirs(os.path.join(out, a + b), exist_ok=True)\n"
               "    galechurch.align_corpus(os.path.join(root, a), os.path.join(root, b),\n"
               "                            os.path.join(out, a + b), n_jobs=jobs)\n")
    return [sys.executable, "-c", program, lines_root, output, str(jobs)]


def counted_articles(path, audit):
    """How many articles the audit's output reports (JSON Lines: lines; JSON: the array),
    counted in a child process: the driver must stay small, since Linux starts each spawned
    process's peak RSS from the driver's own (see `driver_peak_mib`)."""
    if "jsonl" in audit:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    program = "import json, sys; print(len(json.load(open(sys.argv[1]))['articles']))"
    return int(subprocess.run([sys.executable, "-c", program, path], check=True,
                              capture_output=True, text=True).stdout)


def driver_peak_mib():
    """The driver's own peak RSS: the floor of every peak RSS it reports, since Linux carries a
    process's high-water mark across the fork and exec of its children."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Report


def row(name, measurement, articles, paragraphs, basis=None, single=False):
    """One table line; `basis` is hunalign's articles/s for the ratio column; a `single`
    process that failed has no rate."""
    m = measurement
    failed = (f"  ({len(m.failures)} failed, e.g. {shlex.join(m.failures[0][0])}: "
              f"{m.failures[0][1]})" if m.failures else "")
    if single and m.failures:
        print(f"{name:<22}{m.wall:>9.2f} s{m.cpu:>9.2f} s{'—':>9}{'—':>12}{'—':>14}"
              f"{m.peak_mib:>9.0f} MiB{'—':>9}  (failed: {m.failures[0][1]})")
        return
    rate = articles / m.wall
    ratio = f"{rate / basis:>8.2f}x" if basis else f"{'—':>9}"
    print(f"{name:<22}{m.wall:>9.2f} s{m.cpu:>9.2f} s{m.cpu / m.wall:>9.2f}{rate:>12.1f}"
          f"{paragraphs / m.wall:>14.0f}{m.peak_mib:>9.0f} MiB{ratio}{failed}")


def header(title):
    print(f"\n== {title}")
    line = (f"{'tool':<22}{'wall':>11}{'CPU':>11}{'CPU/wall':>9}{'articles/s':>12}"
            f"{'paragraphs/s':>14}{'peak RSS':>13}{'vs huna.':>9}")
    print(line)
    print("─" * len(line))


def batch(size, work, triglot, audit, found, jobs, peer_max, rss_limit):
    """Generates N = size articles and runs every tool on them; returns the audit's Measurement."""
    corpus = os.path.join(work, f"corpus-{size}")
    generate(["--count", str(size), corpus])
    with_peers = size <= peer_max
    lines_root = os.path.join(work, f"lines-{size}") if with_peers else None
    names, paragraphs = prepare(corpus, lines_root)
    header(f"batch: N = {size:,} articles, {paragraphs:,} paragraphs (uk + en + ru); "
           f"per-article tools {jobs} at a time")
    output = os.path.join(work, "audit.out")
    command = shlex.split(audit.format(triglot=shlex.quote(triglot), dir=shlex.quote(corpus)))
    audited = processes.run([command], stdout=output, stderr_log=os.path.join(work, "audit.err"),
                            rss_limit_mib=rss_limit)
    reported = counted_articles(output, audit) if not audited.failures else 0
    os.remove(output)
    results = [("triglot audit", audited)]
    if with_peers:
        folders = [os.path.join(corpus, n) for n in names]
        log = os.path.join(work, "stderr.log")
        results.append(("triglot align/article",
                        processes.run(align_commands(triglot, folders), jobs, stderr_log=log)))
        if "hunalign" in found:
            dictionary = os.path.join(work, "empty.dic")
            open(dictionary, "w").close()
            results.append(("hunalign 3 pairs", processes.run(
                hunalign_commands(found["hunalign"], dictionary, lines_root, names), jobs,
                stderr_log=log)))
        if "galechurch" in found:
            results.append(("galechurch 3 pairs", processes.run(
                [galechurch_command(lines_root, os.path.join(work, f"gc-{size}"), jobs)],
                stderr_log=log)))
    basis = dict(results).get("hunalign 3 pairs")
    basis_rate = size / basis.wall if basis and not basis.failures else None
    for name, measurement in results:
        row(name, measurement, size, paragraphs, basis_rate, single=name == "triglot audit")
    if reported != size and not audited.failures:
        print(f"note: the audit's output reports {reported} articles of {size}")
    print(f"(peak RSS: at least the driver's own {driver_peak_mib():.0f} MiB, which a figure at "
          "that level only bounds from above)")
    if not with_peers:
        print(f"(peers and triglot align only up to N = {peer_max:,}: BENCH_PEER_MAX)")
    for path in (corpus, lines_root, os.path.join(work, f"gc-{size}")):
        if path:
            shutil.rmtree(path, ignore_errors=True)
    return audited, basis_rate


def long_documents(work, triglot, found):
    """The long triple and its lopsided variant: triglot align against the peers' three pairs."""
    generate(["--long", work] + [f"--{key}={value}" for key, value in LONG.items()])
    print(f"\n== long triple: {LONG['paragraphs']:,} paragraphs 1-1-1, and lopsided: "
          f"+{LONG['extra']} English paragraphs in {LONG['blocks']} blocks (peers: three pairs, "
          "one process each, in turn)")
    line = (f"{'tool':<22}{'even wall':>11}{'CPU':>10}{'lopsided':>11}{'CPU':>10}"
            f"{'lopsided/even':>15}")
    print(line)
    print("─" * len(line))
    figures = {}
    dictionary = os.path.join(work, "empty.dic")
    open(dictionary, "w").close()
    for variant in ("long", "long-lopsided"):
        folder = os.path.join(work, variant)
        names, _ = prepare_single(folder)
        figures.setdefault("triglot align", []).append(
            processes.run(align_commands(triglot, [folder])))
        if "hunalign" in found:
            figures.setdefault("hunalign 3 pairs", []).append(processes.run(
                hunalign_commands(found["hunalign"], dictionary, folder, names)))
        if "galechurch" in found:
            figures.setdefault("galechurch 3 pairs", []).append(processes.run(
                [galechurch_command(folder, os.path.join(folder, "gc"), 1)]))
    for name, (even, lopsided) in figures.items():
        print(f"{name:<22}{even.wall:>9.2f} s{even.cpu:>8.2f} s{lopsided.wall:>9.2f} s"
              f"{lopsided.cpu:>8.2f} s{lopsided.wall / even.wall:>14.2f}x")
    if "hunalign 3 pairs" in figures:
        ours, theirs = figures["triglot align"][1], figures["hunalign 3 pairs"][1]
        print(f"lopsided: triglot align takes {ours.wall / theirs.wall:.2f}x hunalign's wall time "
              f"(goal: at most 1.5x)")


def prepare_single(folder):
    """Line files for one triple, in folder/LANG/line.txt."""
    for lang in LANGUAGES:
        os.makedirs(os.path.join(folder, lang), exist_ok=True)
    return ["line"], write_lines(folder, folder, "line")


def main():
    default = os.path.join(ROOT, ".build/release/triglot")
    triglot = os.path.abspath(os.environ.get("TRIGLOT", default))
    if not os.access(triglot, os.X_OK):
        sys.exit(f"{triglot}: not built; run `swift build -c release --product triglot` first")
    full = os.environ.get("BENCH_FULL") == "1"
    sizes = os.environ.get("BENCH_SIZES", "1000 10000 50000" if full else "100 400")
    sizes = [int(n) for n in sizes.split()]
    peer_max = int(os.environ.get("BENCH_PEER_MAX", "1000"))
    jobs = int(os.environ.get("BENCH_JOBS", os.cpu_count()))
    rss_limit = int(os.environ.get("BENCH_RSS_LIMIT_MB", "2048"))
    audit = audit_command(triglot)
    found, skipped = peers()
    build_generator()
    version = subprocess.run([triglot, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"triglot {version}; batch audit: {audit}; {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.2f} at the start (a shared machine: other work slows every tool)")
    for reason in skipped:
        print(f"skipped {reason}")
    work = os.path.abspath(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="triglot-bench-"))
    os.makedirs(work, exist_ok=True)
    os.chdir(work)  # hunalign writes translate.txt into its working folder
    try:
        audits = []
        for size in sizes:
            if audits and audits[-1][1].failures:
                print(f"\n== batch: N = {size:,} skipped: the audit failed at N = "
                      f"{audits[-1][0]:,} ({audits[-1][1].failures[0][1]})")
                continue
            audits.append((size, *batch(size, work, triglot, audit, found, jobs, peer_max,
                                        rss_limit)))
        long_documents(work, triglot, found)
    finally:
        if not os.environ.get("BENCH_DIR"):
            shutil.rmtree(work, ignore_errors=True)
    print("\n== triglot audit across N (goals: ≥3x hunalign's articles/s, CPU/wall ≥ 1.8, "
          "peak RSS at 50k ≤ 1.3x that at 1k)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    smallest = audits[0][1].peak_mib
    for size, measurement, basis_rate in audits:
        if measurement.failures:
            print(f"N = {size:>6,}: failed ({measurement.failures[0][1]}), peak RSS "
                  f"{measurement.peak_mib:.0f} MiB")
            continue
        versus = f", {size / measurement.wall / basis_rate:.2f}x hunalign" if basis_rate else ""
        print(f"N = {size:>6,}: {size / measurement.wall:7.1f} articles/s{versus}, CPU/wall "
              f"{measurement.cpu / measurement.wall:.2f}, peak RSS {measurement.peak_mib:.0f} MiB "
              f"({measurement.peak_mib / smallest:.2f}x N = {audits[0][0]:,})")


if __name__ == "__main__":
    main()
