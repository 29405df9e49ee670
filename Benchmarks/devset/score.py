#!/usr/bin/env python3
"""Scores Triglot, and two peers, on the WMT22 development set made by convert-references.py.

    python3 Benchmarks/devset/score.py BINARY [--devset DIR] [--hunalign PATH] [--no-peers]
                                       [--json FILE]

    BINARY      a triglot binary (e.g. .build/release/triglot)
    --devset    the set (default /work/devdata/devset: its clean/ and edited/ folders)
    --hunalign  a hunalign binary built outside the repository (default
                /work/peers/hunalign/src/hunalign/hunalign); left out when it does not exist
    --no-peers  Triglot only
    --json      also write every figure to FILE

1. Alignment. `triglot eval --format json` on clean/ and on edited/: pair precision, recall and F1
   per language pair, per domain and variant (counts added up over the articles, as eval does).
2. Audit. `triglot audit --format json` on every article folder:
   - edited: injected omissions found (a `missing` finding that names the edition the paragraph
     was deleted from and points at the paragraph the other editions still have), injected
     changed numbers found (a `number-mismatch` finding on the changed paragraph that blames the
     changed edition; with two editions the audit can blame neither, `edition: null`, which also
     counts as found and is shown apart), and the other `missing`/number/date errors;
   - clean: every `missing` finding and every `number-mismatch`/`date-mismatch` error, each
     printed with its message (the clean articles are professional translations aligned 1-1-1:
     each of these is a false alarm, or a real difference in the WMT translation, for a person
     to read), and the other errors counted by rule.
3. Peers, side by side on the same pairs (uk-en, uk-ru, en-ru of three-edition articles; the one
   pair of two-edition articles), with the metric of `triglot eval` (AlignmentScore: a pair is
   two paragraphs of different editions in one group; precision = correct / predicted, recall =
   correct / reference, 1 when the denominator is 0; micro-averaged). The script checks that its
   own scoring of `triglot align --format json` reproduces `triglot eval` exactly.
   - triglot        `triglot eval` (all the article's editions aligned together)
   - triglot 2-ed   `triglot align` given only the pair's two editions
   - galechurch     the PyPI package `galechurch` (galechurch.align, its default parameters)
   - hunalign       hunalign with an empty dictionary (`-utf`), paragraphs one a line,
                    tokenized at punctuation; `hunalign -realign` also
   The peers get every paragraph, boilerplate included (they cannot tell it apart).
4. Boilerplate: the injected lines `triglot align` finds, and the WMT paragraphs it takes for
   boilerplate (those never link, so each costs pairs).

Python 3 standard library, plus `galechurch` (pip install galechurch) for that peer.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

LANGUAGES = ("uk", "en", "ru")
PAIRS = (("uk", "en"), ("uk", "ru"), ("en", "ru"))
VARIANTS = ("clean", "edited")
NAMES = {"uk": "Ukrainian", "en": "English", "ru": "Russian"}


# Articles


def split_paragraphs(text):
    """Paragraphs: blocks separated by blank lines, 0-based as in gold.json (checked against
    what triglot reads)."""
    blocks = re.split(r"\n(?:[^\S\n]*\n)+", "\n".join(text.splitlines()))
    return [block.strip() for block in blocks if block.strip()]


def load_articles(devset, variant):
    folder = os.path.join(devset, variant)
    if not os.path.isdir(folder):
        sys.exit(f"{folder}: no such folder; run convert-references.py first")
    articles = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.exists(os.path.join(path, "gold.json")):
            continue
        with open(os.path.join(path, "gold.json"), encoding="utf-8") as handle:
            gold = json.load(handle)
        paragraphs = {}
        for lang in LANGUAGES:
            file = os.path.join(path, f"{lang}.txt")
            if os.path.exists(file):
                with open(file, encoding="utf-8") as handle:
                    paragraphs[lang] = split_paragraphs(handle.read())
        languages = [lang for lang in LANGUAGES if lang in paragraphs]
        articles.append({"name": name, "path": path, "gold": gold, "paragraphs": paragraphs,
                         "languages": languages, "set": gold.get("set", "-".join(languages)),
                         "domain": gold.get("topic", "?")})
    return articles


def pairs_of(languages):
    return [pair for pair in PAIRS if pair[0] in languages and pair[1] in languages]


# Scoring, as AlignmentScore


class Counts:
    def __init__(self, correct=0, predicted=0, reference=0):
        self.correct, self.predicted, self.reference = correct, predicted, reference

    def add(self, other):
        self.correct += other.correct
        self.predicted += other.predicted
        self.reference += other.reference

    @classmethod
    def of(cls, predicted, reference):
        return cls(len(predicted & reference), len(predicted), len(reference))

    def precision(self):
        if self.predicted == 0:
            return 1.0 if self.reference == 0 else 0.0
        return self.correct / self.predicted

    def recall(self):
        return 1.0 if self.reference == 0 else self.correct / self.reference

    def f1(self):
        p, r = self.precision(), self.recall()
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self):
        return {"correct": self.correct, "predicted": self.predicted, "reference": self.reference,
                "precision": round(self.precision(), 4), "recall": round(self.recall(), 4),
                "f1": round(self.f1(), 4)}


def links_of_groups(groups, first, second):
    return {(i, j) for group in groups for i in group.get(first, []) for j in group.get(second, [])}


def links_of_beads(beads):
    """Links of beads given as (source start, source end, target start, target end)."""
    return {(i, j) for s0, s1, t0, t1 in beads for i in range(s0, s1) for j in range(t0, t1)}


# Tools


def run_json(command):
    process = subprocess.run(command, capture_output=True, text=True)
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)}: exit {process.returncode}: {process.stderr.strip()}")
    return json.loads(process.stdout)


def triglot_align(binary, article, languages, kinds=False):
    """`triglot align --format json` on the article's `languages`: (groups, boilerplate kind or
    False per paragraph per language)."""
    command = [binary, "align", "--format", "json"]
    for lang in languages:
        command += [f"--{lang}", os.path.join(article["path"], f"{lang}.txt")]
    document = run_json(command)
    counts = {e["lang"]: len(e["paragraphs"]) for e in document["editions"]}
    ours = {lang: len(article["paragraphs"][lang]) for lang in languages}
    if counts != ours:
        sys.exit(f"{article['name']}: triglot read {counts} paragraphs, this script {ours}")
    return document["groups"], {e["lang"]: {p["index"]: p["boilerplate"] for p in e["paragraphs"]}
                                for e in document["editions"]}


def galechurch_links(source, target):
    import galechurch

    result = galechurch.align(source, target)
    return links_of_beads((b.source_start, b.source_end, b.target_start, b.target_end)
                          for b in result.beads)


def tokenized(paragraph):
    return " ".join(re.findall(r"\w+|[^\w\s]", paragraph)) or "."


def hunalign_links(binary, source, target, realign):
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for name, paragraphs in (("dic", []), ("src", source), ("tgt", target)):
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("".join(tokenized(p) + "\n" for p in paragraphs))
            files.append(path)
        command = [binary, "-utf"] + (["-realign"] if realign else []) + files
        # cwd: hunalign writes a log, translate.txt, into its working folder
        process = subprocess.run(command, capture_output=True, text=True, cwd=folder)
        if process.returncode != 0:
            raise RuntimeError(process.stderr.strip().splitlines()[-1:])
    rungs = [tuple(int(x) for x in line.split("\t")[:2])
             for line in process.stdout.splitlines() if line.strip()]
    if not rungs or rungs[0] != (0, 0) or rungs[-1] != (len(source), len(target)):
        raise RuntimeError(f"unexpected ladder ends {rungs[:1]} … {rungs[-1:]}")
    return links_of_beads((a[0], b[0], a[1], b[1]) for a, b in zip(rungs, rungs[1:]))


# Audit


def audit(binary, article):
    command = [binary, "audit", "--format", "json"]
    for lang in article["languages"]:
        command += [f"--{lang}", os.path.join(article["path"], f"{lang}.txt")]
    return run_json(command)


def overlaps(finding, difference, languages):
    """Whether the finding points at the difference's paragraphs in an edition that has them."""
    return any(set(finding.get("paragraphs", {}).get(l, []))
               & set(difference["paragraphs"].get(l, [])) for l in languages)


def audit_edited(binary, articles, report):
    totals = {"omissions": 0, "omissions found": 0, "omission in wrong edition": 0,
              "numbers": 0, "numbers found (edition named)": 0,
              "numbers found (edition null)": 0, "numbers blamed on another edition": 0,
              "other missing": 0, "other number/date errors": 0}
    misses = []
    by_domain = {}
    for article in articles:
        findings = audit(binary, article)["findings"]
        matched = set()
        domain = by_domain.setdefault((article["set"], article["domain"]), [0, 0, 0, 0])
        for difference in article["gold"]["differences"]:
            lang = difference["edition"]
            others = [l for l in article["languages"] if l != lang]
            if difference["rule"] == "missing":
                totals["omissions"] += 1
                domain[0] += 1
                hit = next((k for k, f in enumerate(findings) if k not in matched
                            and f["rule"] == "missing" and f["edition"] == lang
                            and overlaps(f, difference, others)), None)
                if hit is not None:
                    matched.add(hit)
                    totals["omissions found"] += 1
                    domain[1] += 1
                else:
                    near = next((f for f in findings if f["rule"] == "missing"
                                 and overlaps(f, difference, others)), None)
                    if near is not None:
                        totals["omission in wrong edition"] += 1
                    misses.append((article["name"], difference["note"]))
            elif difference["rule"] == "number-mismatch":
                totals["numbers"] += 1
                domain[2] += 1
                hit = next((k for k, f in enumerate(findings) if k not in matched
                            and f["rule"] == "number-mismatch"
                            and overlaps(f, difference, article["languages"])), None)
                if hit is None:
                    misses.append((article["name"], difference["note"]))
                    continue
                matched.add(hit)
                blamed = findings[hit]["edition"]
                if blamed == lang:
                    totals["numbers found (edition named)"] += 1
                    domain[3] += 1
                elif blamed is None:
                    totals["numbers found (edition null)"] += 1
                    domain[3] += 1
                else:
                    totals["numbers blamed on another edition"] += 1
        for k, finding in enumerate(findings):
            if k in matched:
                continue
            if finding["rule"] == "missing":
                totals["other missing"] += 1
            elif finding["rule"] in ("number-mismatch", "date-mismatch") and \
                    finding["severity"] == "error":
                totals["other number/date errors"] += 1
    report["audit edited"] = totals
    report["audit edited by domain"] = {f"{s} {d}": v for (s, d), v in by_domain.items()}
    print("== triglot audit, edited articles (injected differences)")
    found_numbers = totals["numbers found (edition named)"] + totals["numbers found (edition null)"]
    print(f"omissions found        {totals['omissions found']:4d} / {totals['omissions']:4d}"
          f"  {share(totals['omissions found'], totals['omissions'])}"
          f"   (another 'missing' finding on the paragraph named the wrong edition: "
          f"{totals['omission in wrong edition']})")
    print(f"changed numbers found  {found_numbers:4d} / {totals['numbers']:4d}"
          f"  {share(found_numbers, totals['numbers'])}"
          f"   (edition named {totals['numbers found (edition named)']}, "
          f"no edition blamed {totals['numbers found (edition null)']}; "
          f"found but blamed on another edition {totals['numbers blamed on another edition']})")
    print(f"other 'missing' findings: {totals['other missing']}; other number/date errors: "
          f"{totals['other number/date errors']}")
    print(f"{'set':10} {'domain':13} {'omissions':>14} {'numbers':>12}")
    for (s, d), (o, of, n, nf) in sorted(by_domain.items()):
        print(f"{s:10} {d:13} {of:5d}/{o:<4d} {share(of, o):>4} {nf:4d}/{n:<3d} {share(nf, n):>4}")
    report["audit edited misses"] = misses
    print(f"not found ({len(misses)}):")
    for name, note in misses:
        print(f"  {name}: {note}")
    print()


def audit_clean(binary, articles, report):
    alarms, other, by_domain = [], {}, {}
    for article in articles:
        findings = audit(binary, article)["findings"]
        domain = by_domain.setdefault((article["set"], article["domain"]), [0, 0, 0])
        domain[0] += 1
        for finding in findings:
            rule = finding["rule"]
            if rule == "missing" or (rule in ("number-mismatch", "date-mismatch")
                                     and finding["severity"] == "error"):
                alarms.append((article["name"], finding))
                domain[1 if rule == "missing" else 2] += 1
            elif finding["severity"] == "error":
                other[rule] = other.get(rule, 0) + 1
    missing = [a for a in alarms if a[1]["rule"] == "missing"]
    numbers = [a for a in alarms if a[1]["rule"] != "missing"]
    report["audit clean"] = {
        "articles": len(articles), "missing": len(missing),
        "number/date errors": len(numbers), "other errors by rule": other,
        "findings": [{"article": n, **f} for n, f in alarms]}
    report["audit clean by domain"] = {f"{s} {d}": v for (s, d), v in by_domain.items()}
    print(f"== triglot audit, clean articles ({len(articles)}: every paragraph 1-1-1, "
          f"no injected difference)")
    print(f"'missing' findings: {len(missing)}; number-mismatch/date-mismatch errors: "
          f"{len(numbers)}; other errors: "
          + (", ".join(f"{r} {c}" for r, c in sorted(other.items())) or "none"))
    print(f"{'set':10} {'domain':13} {'articles':>8} {'missing':>8} {'num/date':>8}")
    for (s, d), (a, m, n) in sorted(by_domain.items()):
        print(f"{s:10} {d:13} {a:8d} {m:8d} {n:8d}")
    for title, items in (("'missing' findings", missing),
                         ("number-mismatch / date-mismatch errors", numbers)):
        print(f"{title} on clean articles ({len(items)}):")
        for name, finding in items:
            where = " · ".join(f"{l} ¶{','.join(map(str, p)) or '—'}"
                               for l, p in finding["paragraphs"].items())
            print(f"  {name}  [{where}]  {finding['rule']}: {finding['message']}")
    print()


def share(part, whole):
    return f"{100 * part / whole:.0f}%" if whole else "—"


# Alignment tables


def evaluate(binary, articles, variant, peers, hunalign, report):
    """Pair counts per tool, set, domain and pair for one variant."""
    folder = os.path.dirname(articles[0]["path"])
    document = run_json([binary, "eval", "--format", "json", folder])
    by_name = {os.path.basename(a["path"]): a for a in document["articles"]}
    tools = ["triglot", "triglot 2-ed"]
    if peers:
        tools.append("galechurch")
        if hunalign:
            tools += ["hunalign", "hunalign -realign"]
    counts = {}  # (tool, set, domain, pair) -> Counts
    failures = []

    def add(tool, article, pair, value):
        key = (tool, article["set"], article["domain"], pair)
        counts.setdefault(key, Counts()).add(value)

    for article in articles:
        gold = article["gold"]["groups"]
        evaluated = by_name[article["name"]]["score"]["pairs"]
        groups, kinds = triglot_align(binary, article, article["languages"], kinds=True)
        for lang in article["languages"]:
            gold_boilerplate = set(article["gold"].get("boilerplate", {}).get(lang, []))
            found = {i for i, kind in kinds[lang].items() if kind not in (False, None)}
            tally = report.setdefault("boilerplate", {}).setdefault(
                variant, {"gold": 0, "found": 0, "false": [], "missed": {}})
            tally["gold"] += len(gold_boilerplate)
            tally["found"] += len(gold_boilerplate & found)
            for i in sorted(gold_boilerplate - found):
                text = article["paragraphs"][lang][i]
                tally["missed"][text] = tally["missed"].get(text, 0) + 1
            for i in sorted(found - gold_boilerplate):
                kind = kinds[lang][i]
                tally["false"].append({"article": article["name"], "edition": lang,
                                       "paragraph": i,
                                       "kind": "boilerplate" if kind is True else str(kind),
                                       "text": article["paragraphs"][lang][i][:100]})
        for pair in pairs_of(article["languages"]):
            first, second = pair
            reference = links_of_groups(gold, first, second)
            theirs = evaluated["-".join(pair)]
            ours = Counts.of(links_of_groups(groups, first, second), reference)
            if (theirs["correct"], theirs["predicted"], theirs["reference"]) != (
                    ours.correct, ours.predicted, ours.reference):
                sys.exit(f"{article['name']} {'-'.join(pair)}: this script's scoring "
                         f"{ours.as_dict()} differs from triglot eval {theirs}")
            add("triglot", article, pair, Counts(theirs["correct"], theirs["predicted"],
                                                 theirs["reference"]))
            if len(article["languages"]) == 2:
                add("triglot 2-ed", article, pair, ours)
            else:
                two = triglot_align(binary, article, list(pair))[0]
                add("triglot 2-ed", article, pair,
                    Counts.of(links_of_groups(two, first, second), reference))
            source, target = article["paragraphs"][first], article["paragraphs"][second]
            peer_runs = []
            if peers:
                peer_runs.append(("galechurch", lambda: galechurch_links(source, target)))
                if hunalign:
                    peer_runs.append(("hunalign",
                                      lambda: hunalign_links(hunalign, source, target, False)))
                    peer_runs.append(("hunalign -realign",
                                      lambda: hunalign_links(hunalign, source, target, True)))
            for tool, run in peer_runs:
                try:
                    predicted = run()
                except Exception as error:  # a peer's failure is a result: no links predicted
                    failures.append(f"{variant} {article['name']} {'-'.join(pair)} {tool}: "
                                    f"{type(error).__name__}: {error}")
                    predicted = set()
                add(tool, article, pair, Counts.of(predicted, reference))
    report.setdefault("failures", []).extend(failures)
    return tools, counts


def total(counts, tool, keep):
    result = Counts()
    for (t, s, d, p), value in counts.items():
        if t == tool and keep(s, d, p):
            result.add(value)
    return result


def print_tables(variant, tools, counts, articles, report):
    groups = sorted({(a["set"], a["domain"]) for a in articles})
    n_articles = {g: sum(1 for a in articles if (a["set"], a["domain"]) == g) for g in groups}
    section = report.setdefault("alignment", {}).setdefault(variant, {})
    print(f"== pair F1, {variant} articles ({len(articles)})")
    header = f"{'tool':18}" + "".join(f" {'-'.join(p) + ' P':>9} {'R':>6} {'F1':>6}" for p in PAIRS)
    print(header + f" {'all P':>7} {'R':>6} {'F1':>6}")
    for tool in tools:
        row = f"{tool:18}"
        section.setdefault(tool, {})
        for pair in PAIRS:
            c = total(counts, tool, lambda s, d, p: p == pair)
            section[tool]["-".join(pair)] = c.as_dict()
            row += f" {c.precision():9.3f} {c.recall():6.3f} {c.f1():6.3f}"
        c = total(counts, tool, lambda s, d, p: True)
        section[tool]["all"] = c.as_dict()
        print(row + f" {c.precision():7.3f} {c.recall():6.3f} {c.f1():6.3f}")
    print()
    print(f"pair F1 per domain, {variant} (all the set's language pairs together)")
    print(f"{'set':10} {'domain':13} {'articles':>8} {'pairs':>6}" + "".join(f" {t:>17}" for t in tools))
    per_domain = section.setdefault("by domain", {})
    for g in groups:
        reference = total(counts, "triglot", lambda s, d, p: (s, d) == g).reference
        row = f"{g[0]:10} {g[1]:13} {n_articles[g]:8d} {reference:6d}"
        per_domain[f"{g[0]} {g[1]}"] = {}
        for tool in tools:
            c = total(counts, tool, lambda s, d, p: (s, d) == g)
            per_domain[f"{g[0]} {g[1]}"][tool] = c.as_dict()
            row += f" {c.f1():17.3f}"
        print(row)
    print()


def print_boilerplate(report, shown=40):
    """Boilerplate as triglot align finds it: the injected lines found (edited), and paragraphs
    of WMT text it takes for boilerplate (a paragraph so taken never links to another edition)."""
    print("== boilerplate (triglot align)")
    for variant in VARIANTS:
        tally = report["boilerplate"][variant]
        kinds = {}
        for item in tally["false"]:
            kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
        found = f"injected lines found {tally['found']}/{tally['gold']}; " if tally["gold"] else ""
        print(f"{variant:7} {found}WMT paragraphs taken for boilerplate: {len(tally['false'])}"
              + (f" ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})" if kinds else ""))
    missed = report["boilerplate"]["edited"]["missed"]
    if missed:
        print("injected lines not taken for boilerplate (times):")
        for text, count in sorted(missed.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:4d}  {text}")
    false = report["boilerplate"]["clean"]["false"]
    if false:
        print(f"on clean articles{f' (first {shown})' if len(false) > shown else ''}:")
        for item in false[:shown]:
            print(f"  {item['article']}  {item['edition']} ¶{item['paragraph']}  {item['kind']}: "
                  f"{item['text']}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--devset", default="/work/devdata/devset")
    parser.add_argument("--hunalign", default="/work/peers/hunalign/src/hunalign/hunalign")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    peers = not args.no_peers
    if peers:
        try:
            import galechurch  # noqa: F401
        except ImportError:
            sys.exit("galechurch is not installed: pip install galechurch (or --no-peers)")
    hunalign = args.hunalign if peers and os.access(args.hunalign, os.X_OK) else None
    if peers and not hunalign:
        print(f"hunalign: no binary at {args.hunalign}; left out\n")

    report = {"binary": binary, "devset": args.devset}
    sets = {variant: load_articles(args.devset, variant) for variant in VARIANTS}
    for variant in VARIANTS:
        tools, counts = evaluate(binary, sets[variant], variant, peers, hunalign, report)
        print_tables(variant, tools, counts, sets[variant], report)
    print_boilerplate(report)
    audit_edited(binary, sets["edited"], report)
    audit_clean(binary, sets["clean"], report)
    if report.get("failures"):
        print(f"peer failures ({len(report['failures'])}), counted as no links predicted:")
        for failure in report["failures"]:
            print(f"  {failure}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
            handle.write("\n")


if __name__ == "__main__":
    main()
