#!/usr/bin/env python3
"""Scores Triglot's sentence alignment, and two peers, on the WMT22 development set.

    python3 Benchmarks/devset/score-sentences.py BINARY [--wmt DIR] [--devset DIR] [--seed N]
                                                 [--hunalign PATH] [--no-peers] [--every N]
                                                 [--json FILE]

    BINARY      a triglot binary (e.g. .build/release/triglot)
    --wmt       the WMT22 export of export-snapshot.sh (default /work/devdata/wmt22)
    --devset    the set convert-references.py wrote (default /work/devdata/devset): its clean/
                editions are checked to be the ones rebuilt here
    --seed      the converter's seed (default 2022) and the seed of the dropped sentences
    --hunalign  a hunalign binary built outside the repository (default
                /work/peers/hunalign/src/hunalign/hunalign); left out when it does not exist
    --no-peers  Triglot only
    --every     score every N-th article only (a quick sample while tuning; default 1: all)
    --json      also write every figure to FILE

WMT gives one sentence a line, so the sentence gold is each WMT line: line k of one edition is
the translation of line k of the others. The script rebuilds the articles of convert-references.py
(same export, same seed: the same documents, paragraphs of 1-4 lines joined by a space) with the
lines they are made of, in two variants, written to a temporary folder:

- clean: the editions as published (the devset's clean/ articles, byte for byte);
- dropped: in every paragraph of two or more sentences, one sentence (chosen at random) is
  deleted from one edition (chosen at random): a sentence-level omission in every such
  paragraph. One-sentence paragraphs are left whole (deleting their sentence would be a
  paragraph omission, which score.py measures).

Tools, on the same pairs (uk-en, uk-ru, en-ru of three-edition articles; the one pair of the
others):
- triglot    `triglot align --level sentence --format json` with all the article's editions; its
             sentences (its own SentenceSplitter on the paragraphs) are mapped to the WMT lines
             they overlap, so a sentence that spans two lines links both;
- galechurch the PyPI package `galechurch` on the two editions' sentences;
- hunalign   hunalign with an empty dictionary (`-utf`) on the sentences, tokenized at
             punctuation, once as is and once with `-realign`.
Each peer runs twice on the whole article: on the WMT lines (the gold segmentation, which Triglot
does not get), and on Triglot's own sentences ("(triglot's split)": the same segmentation as
Triglot, each sentence mapped to its lines the same way, so only the alignment differs).

A second table scores the same alignments in sentence units: consecutive lines of a paragraph
are one unit unless every edition ends the first with . ! ? or … (chat and product-page lines
often end without a mark, or a line is half a sentence: "Tap the" / "More icon at the bottom
of the screen."), because no splitter can see a boundary the text does not mark.

A pair is two lines of different editions that share a group; precision = correct / predicted,
recall = correct / reference (each 1 when its denominator is 0), counts added up over articles,
as `triglot eval` does.
"""
import argparse
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("uk", "en", "ru")
PAIRS = (("uk", "en"), ("uk", "ru"), ("en", "ru"))
VARIANTS = ("clean", "dropped")
# The suffix of a peer given Triglot's sentences instead of the WMT lines.
SPLIT = " (triglot's split)"


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


convert = load("convert_references", "convert-references.py")
score = load("score", "score.py")
Counts = score.Counts


# Articles with their lines


def rebuild(wmt, seed):
    """The converter's articles: name, set, domain and units (per paragraph, its lines per
    language)."""
    return (convert.build_articles(convert.english_triples(wmt), "en3", seed)
            + convert.build_articles(convert.documents_with_lines(wmt, "uk-en", "uk-en"), "uk2",
                                     seed)
            + convert.build_articles(convert.documents_with_lines(wmt, "ru-en", "ru-en"), "ru2",
                                     seed))


def editions_of(article, variant, seed):
    """Per language, the paragraphs as lists of (line number, line text): the line number is
    the sentence's WMT line within the article, shared by its translations."""
    languages = [lang for lang in LANGUAGES if lang in article["units"][0]]
    editions = {lang: [] for lang in languages}
    rng = random.Random(f"{seed}:sentences:{article['name']}")
    line = 0
    for unit in article["units"]:
        count = len(unit[languages[0]])
        dropped = (None, None)
        if variant == "dropped" and count >= 2:
            dropped = (rng.choice(languages), rng.randrange(count))
        for lang in languages:
            editions[lang].append([(line + k, unit[lang][k].strip()) for k in range(count)
                                   if (lang, k) != dropped])
        line += count
    return languages, editions


SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")


def units_of(article):
    """Per WMT line of the article, its sentence unit: consecutive lines of one paragraph are
    one unit unless every edition ends the first with a sentence-final mark (. ! ? …), since
    no sentence splitter can see a boundary that the text does not mark."""
    languages = [lang for lang in LANGUAGES if lang in article["units"][0]]
    unit_of, unit, line = {}, -1, 0
    for paragraph in article["units"]:
        for k in range(len(paragraph[languages[0]])):
            if k == 0 or all(SENTENCE_END.search(paragraph[lang][k - 1].strip())
                                 for lang in languages):
                unit += 1
            unit_of[line] = unit
            line += 1
    return unit_of


def in_units(pairs, unit_of):
    return {(unit_of[i], unit_of[j]) for i, j in pairs}


def write_article(folder, editions):
    os.makedirs(folder)
    for lang, paragraphs in editions.items():
        with open(os.path.join(folder, f"{lang}.txt"), "w", encoding="utf-8") as handle:
            handle.write("\n\n".join(convert.paragraph_text([t for _, t in p])
                                     for p in paragraphs) + "\n")


def gold_pairs(editions, first, second):
    lines = {lang: {n for p in editions[lang] for n, _ in p} for lang in (first, second)}
    return {(n, n) for n in lines[first] & lines[second]}


# Tools


def line_spans(paragraph):
    """(line number, start, end) of each line in the paragraph's text (lines joined by a
    space), in code points, which are Triglot's Unicode-scalar offsets."""
    spans, start = [], 0
    for number, text in paragraph:
        spans.append((number, start, start + len(text)))
        start += len(text) + 1
    return spans


def triglot_groups(binary, folder, languages, editions):
    """Triglot's sentence groups, each as per language the set of WMT lines it covers."""
    command = [binary, "align", "--level", "sentence", "--format", "json"]
    for lang in languages:
        command += [f"--{lang}", os.path.join(folder, f"{lang}.txt")]
    process = subprocess.run(command, capture_output=True, text=True)
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {process.returncode}: {process.stderr.strip()}")
    document = json.loads(process.stdout)
    spans = {lang: [line_spans(p) for p in editions[lang]] for lang in languages}
    for entry in document["editions"]:
        written = [convert.paragraph_text([t for _, t in p]) for p in editions[entry["lang"]]]
        if [p["text"] for p in entry["paragraphs"]] != written:
            sys.exit(f"{folder}/{entry['lang']}.txt: triglot read other paragraphs than the "
                     f"script wrote, so its sentence offsets cannot be mapped to lines")
    groups, sentences = [], {lang: [] for lang in languages}
    for group in document["groups"]:
        for sentence_group in group.get("sentences", []):
            covered = {}
            for lang in languages:
                lines = set()
                for sentence in sentence_group[lang]:
                    start, end = sentence["range"]
                    own = {n for n, s, e in spans[lang][sentence["paragraph"]]
                           if s < end and start < e}
                    sentences[lang].append((sentence["text"], own))
                    lines |= own
                covered[lang] = lines
            groups.append(covered)
    return groups, sentences


def pairs_of_groups(groups, first, second):
    return {(i, j) for g in groups for i in g.get(first, ()) for j in g.get(second, ())}


def peer_pairs(tool, source, target, hunalign):
    """A peer's line pairs for two editions given as (text, set of WMT lines) per sentence."""
    texts = ([t for t, _ in source], [t for t, _ in target])
    if tool.startswith("galechurch"):
        links = score.galechurch_links(*texts)
    else:
        links = score.hunalign_links(hunalign, *texts, realign="-realign" in tool)
    return {(i, j) for a, b in links for i in source[a][1] for j in target[b][1]}


def wmt_lines(editions, lang):
    """An edition's kept WMT lines, each as a sentence of its own line."""
    return [(text, {number}) for p in editions[lang] for number, text in p]


# Report


def table(title, tools, counts, report):
    print(title)
    print(f"{'tool':36}" + "".join(f" {'-'.join(p) + ' P':>9} {'R':>6} {'F1':>6}" for p in PAIRS)
          + f" {'all P':>7} {'R':>6} {'F1':>6}")
    for tool in tools:
        row = f"{tool:36}"
        total = Counts()
        for pair in PAIRS:
            c = counts.get((tool, pair), Counts())
            total.add(c)
            report.setdefault(tool, {})["-".join(pair)] = c.as_dict()
            row += f" {c.precision():9.3f} {c.recall():6.3f} {c.f1():6.3f}"
        report[tool]["all"] = total.as_dict()
        print(row + f" {total.precision():7.3f} {total.recall():6.3f} {total.f1():6.3f}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--wmt", default="/work/devdata/wmt22")
    parser.add_argument("--devset", default="/work/devdata/devset")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--hunalign", default="/work/peers/hunalign/src/hunalign/hunalign")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--every", type=int, default=1,
                        help="score every N-th article only (a quick sample while tuning)")
    parser.add_argument("--json")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    tools = ["triglot"]
    if not args.no_peers:
        peers = []
        try:
            import galechurch  # noqa: F401
            peers.append("galechurch")
        except ImportError:
            print("galechurch: not installed (pip install galechurch); left out\n")
        if os.access(args.hunalign, os.X_OK):
            peers += ["hunalign", "hunalign -realign"]
        else:
            print(f"hunalign: no binary at {args.hunalign}; left out\n")
        # Each peer twice: on the WMT lines (the gold segmentation), and on Triglot's own
        # sentences (the same segmentation as Triglot, so only the alignment differs).
        tools += peers + [peer + SPLIT for peer in peers]

    articles = rebuild(args.wmt, args.seed)[::args.every]
    report = {"binary": binary, "wmt": args.wmt, "seed": args.seed, "articles": len(articles)}
    failures = []
    with tempfile.TemporaryDirectory(prefix="triglot-sentences-") as root:
        for variant in VARIANTS:
            counts, unit_counts, lines, sentences, dropped = {}, {}, 0, 0, 0
            units = 0
            for article in articles:
                languages, editions = editions_of(article, variant, args.seed)
                if variant == "clean":
                    check = os.path.join(args.devset, "clean", article["name"])
                    for lang in languages if os.path.isdir(check) else []:
                        with open(os.path.join(check, f"{lang}.txt"), encoding="utf-8") as f:
                            ours = "\n\n".join(convert.paragraph_text([t for _, t in p])
                                               for p in editions[lang]) + "\n"
                            if f.read() != ours:
                                sys.exit(f"{check}/{lang}.txt differs from the rebuilt edition")
                folder = os.path.join(root, variant, article["name"])
                write_article(folder, editions)
                groups, split = triglot_groups(binary, folder, languages, editions)
                units += len(set(units_of(article).values()))
                sentences += sum(len(v) for v in split.values())
                kept = {lang: sum(len(p) for p in editions[lang]) for lang in languages}
                lines += sum(kept.values())
                dropped += sum(len(u[languages[0]]) for u in article["units"]) * len(languages) \
                    - sum(kept.values())
                unit_of = units_of(article)
                for pair in score.pairs_of(languages):
                    reference = gold_pairs(editions, *pair)
                    predicted = pairs_of_groups(groups, *pair)
                    counts.setdefault(("triglot", pair), Counts()).add(
                        Counts.of(predicted, reference))
                    unit_counts.setdefault(("triglot", pair), Counts()).add(
                        Counts.of(in_units(predicted, unit_of), in_units(reference, unit_of)))
                    for tool in tools[1:]:
                        if tool.endswith(SPLIT):
                            source, target = split[pair[0]], split[pair[1]]
                        else:
                            source, target = wmt_lines(editions, pair[0]), wmt_lines(editions, pair[1])
                        try:
                            predicted = peer_pairs(tool, source, target, args.hunalign)
                        except Exception as error:  # a peer's failure is a result: no links
                            failures.append(f"{variant} {article['name']} {'-'.join(pair)} "
                                            f"{tool}: {type(error).__name__}: {error}")
                            predicted = set()
                        counts.setdefault((tool, pair), Counts()).add(
                            Counts.of(predicted, reference))
                        unit_counts.setdefault((tool, pair), Counts()).add(
                            Counts.of(in_units(predicted, unit_of), in_units(reference, unit_of)))
            section = report.setdefault(variant, {"lines": lines, "triglot sentences": sentences,
                                                  "dropped": dropped})
            section["units"] = units
            table(f"== sentence pair F1, {variant}: a WMT line is a sentence ({len(articles)} "
                  f"articles, {lines} WMT lines in all editions, {dropped} dropped; triglot "
                  f"split them into {sentences} sentences)", tools, counts, section)
            table(f"== the same in sentence units: lines joined where not every edition ends "
                  f"a line with . ! ? or … ({units} units per edition)", tools, unit_counts,
                  section.setdefault("in units", {}))
    if failures:
        print(f"peer failures ({len(failures)}), counted as no links predicted:")
        for failure in failures:
            print(f"  {failure}")
    report["failures"] = failures
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
            handle.write("\n")


if __name__ == "__main__":
    main()
