#!/usr/bin/env python3
"""Writes the iuliia fixture that the Russian transliteration tests compare Triglot against.

iuliia (PyPI) carries the letter tables of the Russian romanization standards together with the
samples each standard publishes. This script writes, under Tests/TriglotTextTests/Resources/:

  iuliia-words.tsv    every distinct Russian word of Corpora/articles/*/ru.txt (our own text) and
                      what iuliia writes for it under each of Triglot's eight Russian standards
  iuliia-samples.tsv  every sample iuliia publishes for those eight standards

Both hold iuliia's output exactly as it comes; the folds the Swift test applies before comparing
(iuliia writes Cyrillic ё for Latin ë in four tables, the typographic ’ ” for BGN/PCGN's primes)
and the differences between a standard's text and iuliia are documented in Docs/translit.md.
`TransliterationAgreementTests` reads the files, prints the agreement per standard and fails
below 99.5% or on a difference of a kind Docs/translit.md does not document.

Usage: python3 Benchmarks/iuliia-fixture.py   (installs iuliia with pip when it is missing)
Run it again after changing the Corpora or upgrading iuliia; commit both files.
"""
import glob
import importlib.metadata
import os
import re
import subprocess
import sys

# Triglot's Russian standard id -> the iuliia schema of the same standard.
SCHEMAS = {
    "bgn-pcgn": "bgn_pcgn",  # BGN/PCGN 1947, with the optional middle dot, as ICU's transform
    "iso-9": "gost_779",  # ISO 9:1995 = GOST 7.79-2000 System A
    "gost-7.79-b": "gost_779_alt",  # GOST 7.79-2000 System B
    "icao-9303": "icao_doc_9303",
    "mvd-310": "mvd_310",  # the English table of Order No. 310 (mvd_310_fr is the French one)
    "ala-lc": "ala_lc",  # with diacritics and tie bars (ala_lc_alt drops them)
    "scholarly": "scientific",  # х is x, э is è: the scientific system, not ISO/R 9:1968
    "wikipedia": "wikipedia",
}

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "Tests", "TriglotTextTests", "Resources")
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def load_iuliia():
    try:
        import iuliia  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "iuliia"], check=True)
    import iuliia

    return iuliia, importlib.metadata.version("iuliia")


def corpus_words():
    words = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "Corpora", "articles", "*", "ru.txt"))):
        with open(path, encoding="utf-8") as file:
            words.update(WORD.findall(file.read()))
    return sorted(words)


def clean(text):
    if "\t" in text or "\n" in text:
        raise SystemExit(f"error: a tab or line break in {text!r}")
    return text


def main():
    iuliia, version = load_iuliia()
    schemas = {standard: iuliia.schemas.get(name) for standard, name in SCHEMAS.items()}
    words = corpus_words()
    if len(words) < 2000:
        raise SystemExit(f"error: only {len(words)} distinct words in Corpora/articles/*/ru.txt")
    os.makedirs(OUT, exist_ok=True)
    header = (
        f"# Written by Benchmarks/iuliia-fixture.py with iuliia {version}; do not edit, run the "
        "script again.\n"
    )
    with open(os.path.join(OUT, "iuliia-words.tsv"), "w", encoding="utf-8") as out:
        out.write(header)
        out.write("# The distinct words of Corpora/articles/*/ru.txt and iuliia's output for each.\n")
        out.write("\t".join(["word", *SCHEMAS]) + "\n")
        for word in words:
            row = [word] + [clean(schemas[standard].translate(word)) for standard in SCHEMAS]
            out.write("\t".join(row) + "\n")
    samples = 0
    with open(os.path.join(OUT, "iuliia-samples.tsv"), "w", encoding="utf-8") as out:
        out.write(header)
        out.write("# The samples iuliia publishes for each standard: Cyrillic, Latin.\n")
        out.write("standard\tschema\tcyrillic\tlatin\n")
        for standard, name in SCHEMAS.items():
            for cyrillic, latin in schemas[standard].samples:
                out.write("\t".join([standard, name, clean(cyrillic), clean(latin)]) + "\n")
                samples += 1
    print(f"iuliia {version}: {len(words)} words, {samples} samples -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
