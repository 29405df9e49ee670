#!/usr/bin/env python3
"""Check the saved pages in Corpora/pages against the article triples in Corpora/articles.

For every page Corpora/pages/<article>/<lang>.html (lang: uk, en or ru) this script

  1. parses the page with the standard library's html.parser and checks that its elements nest
     (every non-void element closed, in order);
  2. finds the article container: the page's <article> element, or, on a page without one, the
     innermost <div class="content"> that holds the <h1>;
  3. collects, in document order, the text of every <p>, <h1>, <h2> and <li> inside the container,
     leaving out page furniture: subtrees of <script> <style> <noscript> <template> <figure>
     <aside> <nav> <footer> <form> <button> <iframe> <svg>, subtrees whose class or id matches
     FURNITURE below, empty paragraphs, and "Read also: …" lines the CMS left unmarked;
  4. decodes entities (html.parser does), turns <br> into a space, collapses whitespace (any
     Unicode whitespace, no-break space included) and strips;
  5. compares the result with the paragraphs of Corpora/articles/<article>/<lang>.txt that the
     article's gold.json does not list as boilerplate, normalized the same way, and prints every
     mismatch;
  6. checks the head: <html lang> equals the file's language, a <title>, og:title, a meta
     description, and a JSON-LD NewsArticle whose inLanguage is the page's language.

Usage: python3 Corpora/pages/check-pages.py [PAGE.html ...]   (no argument: every page)
Exit status: 0 when every page passes, 1 when one does not, 2 when a file is missing or unreadable.
"""

import difflib
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "articles"
LANGS = ("uk", "en", "ru")

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param"}
SKIP_TAGS = {"script", "style", "noscript", "template", "figure", "aside", "nav", "footer", "form",
             "button", "iframe", "svg"}
FURNITURE = re.compile(r"read-?also|related|share|social|tags|subscri|byline|author|date|meta|"
                       r"promo|banner|cookie|comment|caption|credit", re.I)
BLOCKS = {"p", "h1", "h2", "li"}
READ_ALSO = re.compile(r"(read also|читайте також|читайте также)\s*:", re.I)


class Node:
    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, dict(attrs), parent, line
        self.children = []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def elements(self):
        """This node and every element under it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.elements()

    def depth(self):
        d, n = 0, self.parent
        while n is not None:
            d, n = d + 1, n.parent
        return d

    def contains(self, other):
        while other is not None:
            if other is self:
                return True
            other = other.parent
        return False


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None, 0)
        self.stack = [self.root]
        self.problems = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.problems.append(f"line {node.line}: <{tag} /> is not a void element")

    def handle_endtag(self, tag):
        line = self.getpos()[0]
        if tag in VOID:
            self.problems.append(f"line {line}: end tag </{tag}> for a void element")
            return
        open_tags = [n.tag for n in self.stack[1:]]
        if tag not in open_tags:
            self.problems.append(f"line {line}: </{tag}> closes nothing")
            return
        while self.stack[-1].tag != tag:
            node = self.stack.pop()
            self.problems.append(f"line {line}: <{node.tag}> opened on line {node.line} "
                                 f"is closed by </{tag}>")
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)

    def close(self):
        super().close()
        for node in self.stack[1:]:
            self.problems.append(f"line {node.line}: <{node.tag}> is never closed")


def normalize(text):
    return " ".join(text.split())


def text_of(node):
    parts = []

    def walk(n):
        for child in n.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append(" ")
            elif child.tag not in ("script", "style"):
                walk(child)

    walk(node)
    return normalize("".join(parts))


def is_furniture(node):
    if node.tag in SKIP_TAGS:
        return True
    marks = " ".join(node.classes()) + " " + (node.attrs.get("id") or "")
    return bool(FURNITURE.search(marks))


def find_container(root):
    h1s = [n for n in root.elements() if n.tag == "h1"]
    for n in root.elements():
        if n.tag == "article":
            return n, h1s
    candidates = [n for n in root.elements()
                  if n.tag == "div" and "content" in n.classes() and any(n.contains(h) for h in h1s)]
    if not candidates:
        return None, h1s
    return max(candidates, key=Node.depth), h1s


def extract(container):
    """[(line, text)] of the container's article paragraphs."""
    out = []

    def walk(n):
        for child in n.children:
            if isinstance(child, str) or is_furniture(child):
                continue
            if child.tag in BLOCKS:
                text = text_of(child)
                if text and not READ_ALSO.match(text):
                    out.append((child.line, text))
            else:
                walk(child)

    walk(container)
    return out


def txt_paragraphs(path):
    """Paragraphs as Triglot reads them: blocks separated by blank lines, or every non-empty line
    when the file has no blank line."""
    text = path.read_text(encoding="utf-8")
    if re.search(r"\n[ \t]*\n", text.strip()):
        blocks = re.split(r"\n[ \t]*\n", text)
    else:
        blocks = text.splitlines()
    return [normalize(b) for b in blocks if b.strip()]


def head_problems(root, lang):
    problems = []
    html = next((n for n in root.elements() if n.tag == "html"), None)
    if html is None or html.attrs.get("lang") != lang:
        problems.append(f'<html lang> is {html.attrs.get("lang") if html else None!r}, not "{lang}"')
    title = next((n for n in root.elements() if n.tag == "title"), None)
    if title is None or not text_of(title):
        problems.append("no <title>")
    metas = [n.attrs for n in root.elements() if n.tag == "meta"]
    if not any(m.get("property") == "og:title" and m.get("content") for m in metas):
        problems.append("no og:title")
    if not any(m.get("name") == "description" and m.get("content") for m in metas):
        problems.append("no meta description")
    news = []
    for n in root.elements():
        if n.tag == "script" and n.attrs.get("type") == "application/ld+json":
            raw = "".join(c for c in n.children if isinstance(c, str))
            try:
                data = json.loads(raw)
            except ValueError as error:
                problems.append(f"line {n.line}: JSON-LD does not parse: {error}")
                continue
            for item in data if isinstance(data, list) else [data]:
                if isinstance(item, dict) and item.get("@type") == "NewsArticle":
                    news.append(item)
    if not news:
        problems.append("no JSON-LD NewsArticle")
    elif any(item.get("inLanguage") != lang for item in news):
        problems.append(f'JSON-LD NewsArticle inLanguage is not "{lang}"')
    return problems


def first_difference(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return i, a[max(0, i - 30):i + 30], b[max(0, i - 30):i + 30]


def short(text, width=90):
    return text if len(text) <= width else text[:width - 1] + "…"


def check(page):
    lang = page.stem
    article = page.parent.name
    if lang not in LANGS:
        raise OSError(f"{page}: the file name must be uk.html, en.html or ru.html")
    txt = ARTICLES / article / f"{lang}.txt"
    gold = ARTICLES / article / "gold.json"
    for path in (page, txt, gold):
        if not path.is_file():
            raise OSError(f"{path}: no such file")

    builder = TreeBuilder()
    builder.feed(page.read_text(encoding="utf-8"))
    builder.close()
    problems = list(builder.problems) + head_problems(builder.root, lang)

    paragraphs = txt_paragraphs(txt)
    boilerplate = set(json.loads(gold.read_text(encoding="utf-8"))["boilerplate"][lang])
    expected = [(i, p) for i, p in enumerate(paragraphs) if i not in boilerplate]

    container, h1s = find_container(builder.root)
    if len(h1s) != 1:
        problems.append(f"{len(h1s)} <h1> elements, not one")
    if container is None:
        problems.append("no article container (<article>, or <div class=\"content\"> around the <h1>)")
        got = []
    else:
        if h1s and not container.contains(h1s[0]):
            problems.append("the <h1> is outside the article container")
        got = extract(container)

    exp_texts, got_texts = [p for _, p in expected], [t for _, t in got]
    matcher = difflib.SequenceMatcher(None, exp_texts, got_texts, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(pairs):
            (index, want), (line, have) = expected[i1 + k], got[j1 + k]
            at, w, h = first_difference(want, have)
            problems.append(f"txt ¶{index} differs from page line {line} at character {at}:\n"
                            f"        txt:  …{w}…\n        page: …{h}…")
        for index, want in expected[i1 + pairs:i2]:
            problems.append(f"txt ¶{index} is missing from the page: {short(want)}")
        for line, have in got[j1 + pairs:j2]:
            problems.append(f"page line {line} is not an article paragraph of the .txt: {short(have)}")

    name = page.relative_to(HERE) if page.is_relative_to(HERE) else page
    if problems:
        print(f"FAIL  {name}")
        for problem in problems:
            print(f"      {problem}")
        return False
    print(f"ok    {name}  {len(got)} paragraphs = {txt.relative_to(ARTICLES.parent.parent)} "
          f"without its {len(boilerplate)} boilerplate paragraph(s)")
    return True


def main(argv):
    pages = [Path(a).resolve() for a in argv] or sorted(HERE.glob("*/*.html"))
    if not pages:
        print(f"check-pages: no pages under {HERE}", file=sys.stderr)
        return 2
    failed = 0
    for page in pages:
        try:
            failed += not check(page)
        except (OSError, UnicodeDecodeError, ValueError, KeyError) as error:
            print(f"check-pages: {error}", file=sys.stderr)
            return 2
    print(f"{len(pages)} page(s): {len(pages) - failed} ok, {failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
