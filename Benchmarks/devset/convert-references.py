#!/usr/bin/env python3
"""Builds a development set of real professional translation for `triglot eval` and
`triglot audit` out of the WMT22 general test set (exported by export-snapshot.sh).

    python3 Benchmarks/devset/convert-references.py [OUT] [--wmt DIR] [--seed N]
        OUT    output folder (default /work/devdata/devset); its clean/ and edited/ are rewritten
        --wmt  the export (default /work/devdata/wmt22)
        --seed seed of every random choice (default 2022); same inputs and seed, same output

Python 3 standard library only. Never run it on, or commit, a WMT23/WMT24 test set: the data
stays outside the repository; only this script is committed.

What it writes (folder names in OUT):

  clean/<article>/   uk.txt en.txt ru.txt (or two of them) and gold.json: the editions exactly as
                     WMT22 has them, every paragraph aligned 1-1-1 (`clean: true`, no differences)
  edited/<article>/  the same article with injected edits (`clean: false`): "Read also" promos
                     and a share or Telegram prompt per edition (boilerplate), two paragraphs
                     deleted from one edition each (`missing` differences), two consecutive
                     paragraphs merged in one edition, one paragraph split at a sentence boundary in
                     one edition, and one digit string changed in one edition (`number-mismatch`)
  manifest.json      the articles with their domain, editions, WMT documents and paragraph counts

Articles:

  en3-*  English originals translated by WMT22 both into Ukrainian (en-uk) and into Russian
         (en-ru): the same English documents, in another order in en-ru, so each document's
         block of lines is found in the en-ru source and the triple uk/en/ru is sentence-aligned
  uk2-*  Ukrainian originals with their English translation (uk-en): two editions
  ru2-*  Russian originals with their English translation (ru-en): two editions

Documents come from the xml files (doc id and domain; ru-en's social documents carry no domain
attribute and get `social` from their id, `social_ru_*`; uk-en's documents have no domain at all
and get `unlabelled`). WMT gives one sentence a line and no paragraphs, so each document's
sentences are grouped into paragraphs of 1 to 4 sentences (weights 35/35/20/10 %), a choice seeded
by the seed and the document id; a paragraph never crosses a document. A document of at least
MIN_PARAGRAPHS paragraphs is an article on its own; shorter documents (chat turns, short posts) are
bundled with the documents that follow them in the xml, in the same domain, until the bundle has
MIN_PARAGRAPHS paragraphs (a domain's short last bundle joins the bundle before it). gold.json names the documents
(`wmt22_docs`) and keeps the domain in `topic`.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys
import xml.etree.ElementTree as ET

LANGUAGES = ("uk", "en", "ru")  # Triglot's order
MIN_PARAGRAPHS = 8
PARAGRAPH_SIZES = ((1, 35), (2, 35), (3, 20), (4, 10))  # sentences per paragraph, weight

# Boilerplate for the edited variant, written for this set (no WMT text): "Read also" promos and
# closing prompts. Each edition draws its own, so they need not match across editions.
READ_ALSO = {
    "uk": [
        "Читайте також: Як зекономити на комунальних послугах цієї зими",
        "Читайте також: Що відомо про нові правила перетину кордону",
        "Читайте також: Експерти пояснили, як обрати надійний інтернет-магазин",
        "Читайте також: Які професії найбільше шукають роботодавці",
        "Читайте також: Синоптики розповіли, якою буде погода на вихідних",
        "Читайте також: Як захистити свій акаунт від шахраїв: поради фахівців",
    ],
    "en": [
        "Read also: How to save on utility bills this winter",
        "Read also: What is known about the new border crossing rules",
        "Read also: Experts explain how to choose a reliable online store",
        "Read also: The professions employers are looking for most",
        "Read also: Forecasters say what the weather will be like at the weekend",
        "Read also: How to protect your account from fraudsters: expert advice",
    ],
    "ru": [
        "Читайте также: Как сэкономить на коммунальных услугах этой зимой",
        "Читайте также: Что известно о новых правилах пересечения границы",
        "Читайте также: Эксперты объяснили, как выбрать надежный интернет-магазин",
        "Читайте также: Какие профессии больше всего ищут работодатели",
        "Читайте также: Синоптики рассказали, какой будет погода на выходных",
        "Читайте также: Как защитить свой аккаунт от мошенников: советы специалистов",
    ],
}
CLOSING = {
    "uk": ["Поділіться цією новиною з друзями", "Стежте за новинами у нашому Telegram-каналі",
           "Більше новин – у нашому Telegram-каналі", "Поділитися"],
    "en": ["Share this story with your friends", "Follow our news on Telegram",
           "More news on our Telegram channel", "Share"],
    "ru": ["Поделитесь этой новостью с друзьями", "Следите за новостями в нашем Telegram-канале",
           "Больше новостей – в нашем Telegram-канале", "Поделиться"],
}
NAVIGATION = {"uk": "UA | EN | RU", "en": "UA | EN | RU", "ru": "UA | EN | RU"}
LANGUAGE_NAMES = {"uk": "Ukrainian", "en": "English", "ru": "Russian"}
SETS = {"en3": "en>uk+ru", "uk2": "uk>en", "ru2": "ru>en"}  # original > translations

MONTHS = re.compile(
    r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|"
    r"янв|февр|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*")
NUMBER_RUN = re.compile(r"\d+(?:[.,:/\-\u00a0\u202f ]\d+)*")


# Reading the export


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def xml_documents(path):
    """(doc id, domain or None, number of sentences) per document, in file order."""
    documents = []
    for doc in ET.parse(path).getroot().iter("doc"):
        documents.append((doc.get("id"), doc.get("domain"), len(list(doc.find("src").iter("seg")))))
    return documents


def domain_of(doc_id, domain):
    if domain:
        return domain
    if doc_id.startswith("social_"):
        return "social"
    return "unlabelled"


def documents_with_lines(wmt, pair, xml_pair):
    """Documents of `pair` (their xml from `xml_pair`) with their source and reference lines."""
    source_lang, target_lang = pair.split("-")
    source = read_lines(os.path.join(wmt, "txt", "sources",
                                     f"generaltest2022.{pair}.src.{source_lang}"))
    reference = read_lines(os.path.join(wmt, "txt", "references",
                                        f"generaltest2022.{pair}.ref.A.{target_lang}"))
    documents = xml_documents(os.path.join(wmt, "xml", f"wmttest2022.{xml_pair}.all.xml"))
    if len(source) != len(reference) or sum(n for _, _, n in documents) != len(source):
        sys.exit(f"{pair}: {len(source)} source lines, {len(reference)} reference lines, "
                 f"{sum(n for _, _, n in documents)} segments in the xml")
    result, start = [], 0
    for doc_id, domain, count in documents:
        result.append({"id": doc_id, "domain": domain_of(doc_id, domain),
                       "lines": {source_lang: source[start:start + count],
                                 target_lang: reference[start:start + count]}})
        start += count
    return result


def locate_blocks(documents, lines):
    """Start line in `lines` of each document's English block: an exact cover of `lines` by the
    documents' blocks (a short document's block can also occur inside a longer one, so the
    search backtracks)."""
    candidates = []
    for document in documents:
        block = document["lines"]["en"]
        starts = [i for i in range(len(lines) - len(block) + 1)
                  if lines[i] == block[0] and lines[i:i + len(block)] == block]
        if not starts:
            sys.exit(f"en-ru: document {document['id']} not found in the en-ru source")
        candidates.append(starts)
    order = sorted(range(len(documents)), key=lambda k: len(candidates[k]))
    used = [False] * len(lines)
    chosen = [None] * len(documents)

    def place(position):
        if position == len(order):
            return True
        k = order[position]
        size = len(documents[k]["lines"]["en"])
        for start in candidates[k]:
            if not any(used[start:start + size]):
                for i in range(start, start + size):
                    used[i] = True
                chosen[k] = start
                if place(position + 1):
                    return True
                for i in range(start, start + size):
                    used[i] = False
        return False

    sys.setrecursionlimit(max(1000, 4 * len(documents)))
    if not place(0) or not all(used):
        sys.exit("en-ru: the en-uk documents do not tile the en-ru source")
    return chosen


def english_triples(wmt):
    """en-uk documents with the Russian lines of the same English documents from en-ru."""
    documents = documents_with_lines(wmt, "en-uk", "en-zh")
    english = read_lines(os.path.join(wmt, "txt", "sources", "generaltest2022.en-ru.src.en"))
    russian = read_lines(os.path.join(wmt, "txt", "references", "generaltest2022.en-ru.ref.A.ru"))
    if len(english) != len(russian):
        sys.exit("en-ru: source and reference differ in length")
    for document, start in zip(documents, locate_blocks(documents, english)):
        document["lines"]["ru"] = russian[start:start + len(document["lines"]["en"])]
        document["en_ru_lines"] = [start + 1, start + len(document["lines"]["en"])]
    return documents


# Articles


def paragraphs_of(document, seed):
    """The document's sentences grouped into paragraphs: lists of sentence indices."""
    rng = random.Random(f"{seed}:paragraphs:{document['id']}")
    count = len(next(iter(document["lines"].values())))
    sizes, weights = zip(*PARAGRAPH_SIZES)
    paragraphs, start = [], 0
    while start < count:
        size = min(rng.choices(sizes, weights)[0], count - start)
        paragraphs.append(list(range(start, start + size)))
        start += size
    return paragraphs


def build_articles(documents, prefix, seed):
    """Articles of `documents`, domain by domain (in the order the domains first occur, the
    documents in xml order): a document joins the open bundle until the bundle has
    MIN_PARAGRAPHS paragraphs; a domain's last bundle, when shorter, joins the one before it.
    Each unit of an article is one paragraph: its sentences per language."""
    domains = []
    for document in documents:
        if document["domain"] not in domains:
            domains.append(document["domain"])
    articles = []
    for domain in domains:
        bundles = []
        for document in (d for d in documents if d["domain"] == domain):
            units = [{lang: [document["lines"][lang][i] for i in paragraph]
                      for lang in document["lines"]}
                     for paragraph in paragraphs_of(document, seed)]
            if not bundles or len(bundles[-1]["units"]) >= MIN_PARAGRAPHS:
                bundles.append({"domain": domain, "docs": [], "units": []})
            bundle = bundles[-1]
            bundle["docs"].append(document["id"])
            bundle["units"].extend(units)
            if "en_ru_lines" in document:
                bundle.setdefault("en_ru_lines", {})[document["id"]] = document["en_ru_lines"]
        if len(bundles) > 1 and len(bundles[-1]["units"]) < MIN_PARAGRAPHS:
            tail = bundles.pop()
            bundles[-1]["docs"].extend(tail["docs"])
            bundles[-1]["units"].extend(tail["units"])
            if "en_ru_lines" in tail:
                bundles[-1]["en_ru_lines"].update(tail["en_ru_lines"])
        articles.extend(bundles)
    for number, article in enumerate(articles, 1):
        first = re.sub(r"[^A-Za-z0-9]+", "-", article["docs"][0]).strip("-")[:40]
        suffix = f"+{len(article['docs']) - 1}" if len(article["docs"]) > 1 else ""
        article["name"] = f"{prefix}-{number:03d}-{article['domain']}-{first}{suffix}"
        article["prefix"] = prefix
    return articles


# Editions and gold


def paragraph_text(sentences):
    return " ".join(sentence.strip() for sentence in sentences)


def clean_article(article):
    languages = [lang for lang in LANGUAGES if lang in article["units"][0]]
    editions = {lang: [paragraph_text(unit[lang]) for unit in article["units"]]
                for lang in languages}
    groups = [{lang: [i] for lang in languages} for i in range(len(article["units"]))]
    return editions, groups, {lang: [] for lang in languages}, [], []


def number_candidates(unit, languages):
    """(value, position per language) of digit strings that stand alone exactly once in the
    unit's paragraph in every edition: no separators, no decimals, times or dates around them,
    not a year, no letter glued to them."""
    found = None
    for lang in languages:
        text = paragraph_text(unit[lang])
        values = {}
        for match in NUMBER_RUN.finditer(text):
            run = match.group()
            if not run.isdigit():
                values[run] = None
                continue
            before = text[max(0, match.start() - 1):match.start()]
            after = text[match.end():match.end() + 1]
            if (before and (before.isalpha() or before in "#$€£₴₽@")) or (after and after.isalpha()):
                values[run] = None
                continue
            if len(run) == 4 and run[:2] in ("19", "20"):
                values[run] = None
                continue
            context = text[max(0, match.start() - 12):match.end() + 12]
            if MONTHS.search(context):
                values[run] = None
                continue
            values[run] = None if run in values else match.start()
        good = {value for value, position in values.items() if position is not None}
        found = good if found is None else found & good
    return sorted(found or [])


def changed_value(value, rng):
    """`value` with one digit changed (never a leading zero, never the same value)."""
    for _ in range(100):
        position = rng.randrange(len(value))
        digits = "123456789" if position == 0 else "0123456789"
        digit = rng.choice([d for d in digits if d != value[position]])
        candidate = value[:position] + digit + value[position + 1:]
        if candidate != value:
            return candidate
    raise ValueError(value)


def edited_article(article, seed):
    """The article with injected edits: (editions, groups, boilerplate, differences, edits)."""
    rng = random.Random(f"{seed}:edits:{article['name']}")
    units = article["units"]
    languages = [lang for lang in LANGUAGES if lang in units[0]]
    n = len(units)
    used = set()

    def pick_edition():
        return rng.choice(languages)

    # One changed number.
    number = None
    candidates = [(i, value) for i in range(n) for value in number_candidates(units[i], languages)]
    if candidates:
        unit, value = rng.choice(candidates)
        number = {"unit": unit, "edition": pick_edition(), "old": value}
        number["new"] = changed_value(value, rng)
        others = [paragraph_text(units[unit][lang]) for lang in languages]
        while any(re.search(rf"(?<!\d){number['new']}(?!\d)", text) for text in others):
            number["new"] = changed_value(value, rng)
        used.add(unit)
    # One merge of two consecutive paragraphs.
    pairs = [i for i in range(n - 1) if i not in used and i + 1 not in used]
    merge_unit = rng.choice(pairs)
    merge = {"unit": merge_unit, "edition": pick_edition()}
    used |= {merge_unit, merge_unit + 1}
    # One split of a paragraph of two or more sentences.
    splittable = [i for i in range(n) if i not in used and len(units[i][languages[0]]) >= 2
                  and all(len(units[i][lang]) >= 2 for lang in languages)]
    split = None
    if splittable:
        split_unit = rng.choice(splittable)
        split = {"unit": split_unit, "edition": pick_edition(),
                 "at": rng.randrange(1, len(units[split_unit][languages[0]]))}
        used.add(split_unit)
    # Two omissions, not next to each other.
    omissions = []
    for _ in range(2):
        free = [i for i in range(n) if i not in used
                and all(abs(i - o["unit"]) > 1 for o in omissions)]
        if not free:
            break
        unit = rng.choice(free)
        omissions.append({"unit": unit, "edition": pick_edition()})
        used.add(unit)
    omitted = {(o["unit"], o["edition"]) for o in omissions}

    # Boilerplate: per edition, 1-2 "Read also" promos between paragraphs (never inside the merged
    # pair), a closing prompt, and for some articles a language switcher on top.
    navigation = rng.random() < 0.3
    boilerplate_before = {lang: {} for lang in languages}  # unit index (n = the end) -> texts
    for lang in languages:
        if navigation:
            boilerplate_before[lang].setdefault(0, []).append(NAVIGATION[lang])
        slots = [i for i in range(2, n - 1) if i != merge_unit + 1]
        for slot in rng.sample(slots, min(len(slots), rng.choice((1, 2)))):
            boilerplate_before[lang].setdefault(slot, []).append(rng.choice(READ_ALSO[lang]))
        if rng.random() < 0.85:
            boilerplate_before[lang].setdefault(n, []).append(rng.choice(CLOSING[lang]))

    # The editions, unit by unit, and the gold groups.
    editions = {lang: [] for lang in languages}
    boilerplate = {lang: [] for lang in languages}
    groups = []
    unit_paragraphs = [{lang: [] for lang in languages} for _ in range(n)]

    def add_boilerplate(position):
        for lang in languages:
            for text in boilerplate_before[lang].get(position, []):
                boilerplate[lang].append(len(editions[lang]))
                groups.append({l: ([len(editions[lang])] if l == lang else []) for l in languages})
                editions[lang].append(text)

    i = 0
    while i < n:
        add_boilerplate(i)
        span = [i, i + 1] if i == merge["unit"] else [i]
        group = {lang: [] for lang in languages}
        for lang in languages:
            for u in span:
                if (u, lang) in omitted:
                    continue
                sentences = list(units[u][lang])
                if number and u == number["unit"] and lang == number["edition"]:
                    text = paragraph_text(sentences)
                    text = re.sub(rf"(?<!\d){number['old']}(?!\d)", number["new"], text, count=1)
                    sentences = [text]
                if len(span) == 2 and lang == merge["edition"]:
                    if u == span[0]:
                        joined = paragraph_text(units[span[0]][lang]) + " " + \
                            paragraph_text(units[span[1]][lang])
                        unit_paragraphs[span[0]][lang].append(len(editions[lang]))
                        unit_paragraphs[span[1]][lang].append(len(editions[lang]))
                        group[lang].append(len(editions[lang]))
                        editions[lang].append(joined)
                    continue
                if split and u == split["unit"] and lang == split["edition"]:
                    parts = [sentences[:split["at"]], sentences[split["at"]:]]
                else:
                    parts = [sentences]
                for part in parts:
                    unit_paragraphs[u][lang].append(len(editions[lang]))
                    group[lang].append(len(editions[lang]))
                    editions[lang].append(paragraph_text(part))
        groups.append(group)
        i += len(span)
    add_boilerplate(n)

    differences, edits = [], []
    for omission in omissions:
        unit, lang = omission["unit"], omission["edition"]
        others = [LANGUAGE_NAMES[l] for l in languages if l != lang]
        shown = paragraph_text(units[unit][lang])
        shown = shown if len(shown) <= 60 else shown[:60].rstrip() + "…"
        differences.append({
            "rule": "missing", "edition": lang,
            "paragraphs": {l: unit_paragraphs[unit][l] for l in languages},
            "note": f"{LANGUAGE_NAMES[lang]} edition leaves out the paragraph that "
                    f"the {' and '.join(others)} "
                    f"{'editions have' if len(others) > 1 else 'edition has'} "
                    f"(deleted: “{shown}”)"})
    if number:
        unit, lang = number["unit"], number["edition"]
        differences.append({
            "rule": "number-mismatch", "edition": lang,
            "paragraphs": {l: unit_paragraphs[unit][l] for l in languages},
            "values": {l: [number["new"] if l == lang else number["old"]] for l in languages},
            "note": f"{LANGUAGE_NAMES[lang]} edition says {number['new']} where the others say "
                    f"{number['old']}"})
    edits.append({"edit": "merge", "edition": merge["edition"],
                  "paragraphs": {l: sorted(set(unit_paragraphs[merge['unit']][l]
                                               + unit_paragraphs[merge['unit'] + 1][l]))
                                 for l in languages}})
    if split:
        edits.append({"edit": "split", "edition": split["edition"],
                      "paragraphs": {l: unit_paragraphs[split['unit']][l] for l in languages}})
    for lang in languages:
        if boilerplate[lang]:
            edits.append({"edit": "boilerplate", "edition": lang, "paragraphs": boilerplate[lang]})
    return editions, groups, boilerplate, differences, edits


def check_gold(editions, groups, name):
    """Groups partition every paragraph of every edition and are monotone."""
    for lang, paragraphs in editions.items():
        seen = [i for group in groups for i in group.get(lang, [])]
        if seen != list(range(len(paragraphs))):
            sys.exit(f"{name}: the groups do not partition the {lang} edition in order")
        if any(not text.strip() or "\n" in text for text in paragraphs):
            sys.exit(f"{name}: an empty or multi-line paragraph in {lang}")


def write_article(folder, article, variant, built):
    editions, groups, boilerplate, differences, edits = built
    check_gold(editions, groups, article["name"])
    os.makedirs(folder)
    for lang, paragraphs in editions.items():
        with open(os.path.join(folder, f"{lang}.txt"), "w", encoding="utf-8") as handle:
            handle.write("\n\n".join(paragraphs) + "\n")
    source = {"en3": "WMT22 generaltest2022 en-uk and en-ru (English original)",
              "uk2": "WMT22 generaltest2022 uk-en (Ukrainian original)",
              "ru2": "WMT22 generaltest2022 ru-en (Russian original)"}[article["prefix"]]
    gold = {
        "version": 1,
        "title": f"WMT22 {article['domain']}: {', '.join(article['docs'][:3])}"
                 + (f" and {len(article['docs']) - 3} more" if len(article["docs"]) > 3 else ""),
        "topic": article["domain"],
        "clean": variant == "clean",
        "source": source,
        "set": SETS[article["prefix"]],
        "wmt22_docs": article["docs"],
        "boilerplate": boilerplate,
        "groups": groups,
        "differences": differences,
    }
    if "en_ru_lines" in article:
        gold["en_ru_lines"] = article["en_ru_lines"]
    if edits:
        gold["edits"] = edits
    with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return {lang: len(paragraphs) for lang, paragraphs in editions.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="/work/devdata/devset")
    parser.add_argument("--wmt", default="/work/devdata/wmt22")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args()

    articles = (build_articles(english_triples(args.wmt), "en3", args.seed)
                + build_articles(documents_with_lines(args.wmt, "uk-en", "uk-en"), "uk2",
                                 args.seed)
                + build_articles(documents_with_lines(args.wmt, "ru-en", "ru-en"), "ru2",
                                 args.seed))
    for variant in ("clean", "edited"):
        shutil.rmtree(os.path.join(args.out, variant), ignore_errors=True)
    manifest = {"source": "WMT22 generaltest2022", "seed": args.seed,
                "min_paragraphs": MIN_PARAGRAPHS, "articles": []}
    commit = os.path.join(args.wmt, "COMMIT")
    if os.path.exists(commit):
        manifest["wmt22_commit"] = open(commit, encoding="utf-8").read().strip()
    for article in articles:
        entry = {"name": article["name"], "set": SETS[article["prefix"]],
                 "domain": article["domain"],
                 "editions": [l for l in LANGUAGES if l in article["units"][0]],
                 "docs": len(article["docs"]),
                 "sentences": sum(len(u["en"]) for u in article["units"]),
                 "units": len(article["units"])}
        entry["clean"] = write_article(os.path.join(args.out, "clean", article["name"]),
                                       article, "clean", clean_article(article))
        built = edited_article(article, args.seed)
        entry["edited"] = write_article(os.path.join(args.out, "edited", article["name"]),
                                        article, "edited", built)
        entry["injected"] = sorted(d["rule"] for d in built[3])
        manifest["articles"].append(entry)
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    summarize(manifest)


def summarize(manifest):
    """Articles, WMT documents, sentences, paragraphs, gold pairs and injected differences per
    set and domain."""
    columns = (("articles", 8), ("docs", 5), ("sentences", 9), ("paragraphs", 10),
               ("pairs", 6), ("edited uk/en/ru", 16), ("omissions", 9), ("numbers", 7))
    rows = {}
    for entry in manifest["articles"]:
        row = rows.setdefault((entry["set"], entry["domain"]),
                              {"articles": 0, "docs": 0, "sentences": 0, "paragraphs": 0,
                               "pairs": 0, "omissions": 0, "numbers": 0,
                               "edited": {lang: 0 for lang in LANGUAGES}})
        editions = len(entry["editions"])
        row["articles"] += 1
        row["docs"] += entry["docs"]
        row["sentences"] += entry["sentences"]
        row["paragraphs"] += entry["units"]
        row["pairs"] += entry["units"] * editions * (editions - 1) // 2
        row["omissions"] += entry["injected"].count("missing")
        row["numbers"] += entry["injected"].count("number-mismatch")
        for lang, count in entry["edited"].items():
            row["edited"][lang] += count

    def cells(row, editions):
        edited = "/".join(str(row["edited"][l]) if l in editions else "–" for l in LANGUAGES)
        values = [row["articles"], row["docs"], row["sentences"], row["paragraphs"],
                  row["pairs"], edited, row["omissions"], row["numbers"]]
        return " ".join(f"{v:>{w}}" for v, (_, w) in zip(values, columns))

    print(f"{'set':10} {'domain':13} " + " ".join(f"{n:>{w}}" for n, w in columns))
    total = {"articles": 0, "docs": 0, "sentences": 0, "paragraphs": 0, "pairs": 0,
             "omissions": 0, "numbers": 0, "edited": {lang: 0 for lang in LANGUAGES}}
    for (name, domain), row in sorted(rows.items()):
        editions = [l for l in LANGUAGES if row["edited"][l]]
        print(f"{name:10} {domain:13} {cells(row, editions)}")
        for key in total:
            if key == "edited":
                for lang in LANGUAGES:
                    total["edited"][lang] += row["edited"][lang]
            else:
                total[key] += row[key]
    print(f"{'all':10} {'':13} {cells(total, LANGUAGES)}")
    print("set: original > translations. paragraphs: per edition, clean variant (aligned 1-1-1);"
          " pairs: gold pairs of the clean\nvariant over all language pairs; edited uk/en/ru:"
          " paragraphs per edition in the edited variant (boilerplate, merge,\nsplit and"
          " omissions included); omissions, numbers: injected `missing` and `number-mismatch`"
          " differences")


if __name__ == "__main__":
    main()
