#!/usr/bin/env python3
"""Writes the seed inputs of every fuzz target from the repository's own Corpora/ (no text from
elsewhere), each input prefixed with the selector bytes its target reads first (Tests/Fuzz/
README.md). Usage: make-seeds.py CORPORA OUTPUT; writes OUTPUT/TARGET/seed-N."""
import base64
import json
import pathlib
import sys

corpora, output = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
articles = sorted(p for p in (corpora / "articles").iterdir() if p.is_dir())
texts = sorted(corpora.glob("articles/*/*.txt")) + sorted(corpora.glob("language-id/*.txt"))
pages = sorted(corpora.glob("pages/*/*.html"))
markdown = sorted(corpora.glob("**/README.md"))
seeds = {}
house_names = (corpora.parent / "Docs" / "house-names.example.tsv").read_text()


def add(target, data):
    seeds.setdefault(target, []).append(data)


def paragraphs(path):
    return [p.strip() for p in path.read_text().split("\n\n") if p.strip()]


for index, path in enumerate(texts):
    text = path.read_text()
    for number, paragraph in enumerate(paragraphs(path)[:12]):
        data = paragraph.encode()
        selector = index + number
        add("normalize", bytes([selector % 2, selector % 4]) + data)
        add("split", bytes([selector % 5]) + data)
        add("anchors", bytes([selector % 6]) + data)
        # Every transliterator (and both --reverse languages) sees Cyrillic and Latin text.
        add("translit", bytes([selector % 24]) + data)
    add("split", bytes([index % 5]) + text.encode()[:8192])
    add("readers", bytes([1, 0]) + path.read_bytes())  # as a .txt file, encoding detected
    add("readers", bytes([4, 0]) + text.encode("cp1251", "ignore"))  # windows-1251 bytes
    add("readers", bytes([0, 2]) + text.encode("utf-16-le"))  # UTF-16LE, given
for index, path in enumerate(pages):
    add("readers", bytes([2 + 3 * (index % 2), 0]) + path.read_bytes())  # .html / --input-format html
for index, path in enumerate(markdown):
    add("readers", bytes([3 + 3 * (index % 2), 0]) + path.read_bytes())  # .md / markdown
for index, article in enumerate(articles):
    editions = {lang: paragraphs(article / f"{lang}.txt") for lang in ("uk", "en", "ru")}
    # An article written as Markdown: headline, paragraphs, a quotation and a list.
    first = editions["en"]
    md = f"# {first[0]}\n\n" + "\n\n".join(first[1:4]) + f"\n\n> {first[4]}\n\n- {first[5]}\n"
    add("readers", bytes([6, 0]) + md.encode())
    # The aligner: uk, en, ru (flags: language set, level, sentences), one paragraph a line.
    for flags in (0, 8 | 4, 1, 2 | 8, 3):
        chosen = [["uk", "en", "ru"], ["uk", "en"], ["uk", "ru"], ["en", "ru"]][flags & 3]
        add("align", bytes([flags]) + "\0".join("\n".join(editions[l]) for l in chosen).encode())
    # The server: text editions, base64 files with names, and options; the first paragraphs
    # only, so that a body stays whole under -max_len.
    uk, en, ru = ("\n\n".join(editions[l][:5]) for l in ("uk", "en", "ru"))
    bodies = [
        {"uk": uk, "en": en, "ru": ru},
        {"uk": {"text": uk, "filename": "uk.md"}, "en": en, "options": {"level": "sentence"}},
        {
            "uk": {"base64": base64.b64encode(uk.encode("cp1251", "ignore")).decode(),
                   "filename": "uk.txt"},
            "ru": {"base64": base64.b64encode(ru.encode("koi8-r", "ignore")).decode()},
            "options": {"encoding": "KOI8-R", "lossy": True, "inputFormat": "text"},
        },
    ]
    add("serve", json.dumps(bodies[index % 3], ensure_ascii=index % 2 == 0).encode())
    # The audit request: the same editions with each of /v1/audit's own options, and a
    # house-style list written from the repository's example (Docs/house-names.example.tsv).
    audit_options = [
        {},
        {"disable": ["moved"], "minSeverity": "warning", "failOn": "never"},
        {"failUnder": 95, "source": "en", "standard": "kmu-2010"},
        {"names": house_names, "failOn": "info", "standard": "dstu-9112-a"},
        {"source": "ru", "names": house_names, "inputFormat": "markdown", "lossy": True},
    ]
    body = dict(bodies[index % 3])
    body["options"] = audit_options[index % len(audit_options)]
    add("serve-audit", json.dumps(body, ensure_ascii=index % 2 == 1).encode())
for target, inputs in seeds.items():
    folder = output / target
    folder.mkdir(parents=True, exist_ok=True)
    for number, data in enumerate(inputs):
        (folder / f"seed-{number}").write_bytes(data)
    print(f"{target}: {len(inputs)} seeds in {folder}")
