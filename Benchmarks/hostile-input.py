#!/usr/bin/env python3
"""Writes the hostile inputs of issue 15 ("Hostile and broken input") into a folder.

Every case is a few bytes of pattern repeated: the sizes, not the words, are what is hostile.
The same arguments write the same bytes (a seeded generator). Benchmarks/README.md, section
"Hostile input", gives the commands run on each case and what they took.

    python3 Benchmarks/hostile-input.py /tmp/hostile            # every case
    python3 Benchmarks/hostile-input.py /tmp/hostile names word # some cases

Cases (each a folder holding uk.txt, en.txt, ru.txt unless said otherwise):
  names        2,000 names in one 60 KB paragraph per edition (--names N to change the count)
  word         one 80,000-letter Cyrillic word (word.txt)
  moved        50,000 one-word Ukrainian paragraphs against 13 English and Russian ones
  nospace      one 5 MB paragraph without spaces per edition
  line         a 4 MB line without spaces (line.txt, for translit)
  longname     a 4,000-letter Latin name (longname.txt, for translit --reverse)
  big          a 200 MB edition of ordinary paragraphs (big/uk.txt; en and ru: 13 paragraphs)
  million      1,000,000 one-word paragraphs (uk.txt; en and ru: 13 paragraphs)
"""
import os
import random
import sys

SYLLABLES = ["ко", "ва", "лен", "ше", "вчен", "бу", "да", "нов", "ми", "ро", "слав", "те", "ре",
             "щен", "гри", "цай", "пе", "тру", "ши", "зо", "ли", "на", "ю", "сов", "ки"]
LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "е": "e", "з": "z", "и": "y",
         "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
         "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
         "щ": "shch", "ю": "iu", "я": "ia"}
RUSSIAN = str.maketrans({"и": "ы"})
FILLER = {
    "uk": "Уряд ухвалив рішення про підтримку громад у складі області.",
    "en": "The government approved a decision to support the communities of the region.",
    "ru": "Правительство приняло решение о поддержке общин в составе области.",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def thirteen(language):
    return "\n\n".join(f"{FILLER[language]} Абзац {i}." if language != "en"
                       else f"{FILLER[language]} Paragraph {i}." for i in range(13)) + "\n"


def surname(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + "енко"


def names(folder, count, rng):
    cyrillic = [surname(rng).capitalize() for _ in range(count)]
    latin = ["".join(LATIN.get(c, c) for c in name.lower()).capitalize() for name in cyrillic]
    write(f"{folder}/uk.txt", "Серед присутніх: " + ", ".join(cyrillic) + ".\n")
    write(f"{folder}/ru.txt", "Среди присутствующих: "
          + ", ".join(n.translate(RUSSIAN) for n in cyrillic) + ".\n")
    write(f"{folder}/en.txt", "Among those present: " + ", ".join(latin) + ".\n")


def one_paragraph_per_line(folder, count, rng):
    words = ["слово", "громада", "уряд", "Київ", "війна", "ціна", "2024", "рішення"]
    with open(f"{folder}/uk.txt", "w", encoding="utf-8") as file:
        for i in range(count):
            file.write(rng.choice(words) + "\n\n")
    write(f"{folder}/en.txt", thirteen("en"))
    write(f"{folder}/ru.txt", thirteen("ru"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    arguments = sys.argv[2:]
    count = 2000
    if "--names" in arguments:
        at = arguments.index("--names")
        count = int(arguments[at + 1])
        del arguments[at:at + 2]
    cases = arguments or ["names", "word", "moved", "nospace", "line", "longname", "big",
                          "million"]
    rng = random.Random(15)
    for case in cases:
        folder = f"{root}/{case}"
        os.makedirs(folder, exist_ok=True)
        if case == "names":
            names(folder, count, rng)
        elif case == "word":
            write(f"{folder}/word.txt", "пере" * 20000 + "\n")
        elif case == "moved":
            one_paragraph_per_line(folder, 50000, rng)
        elif case == "million":
            one_paragraph_per_line(folder, 1000000, rng)
        elif case == "nospace":
            for language, unit in [("uk", "місто"), ("ru", "новость"), ("en", "community")]:
                size = 5 * 1000 * 1000 // len(unit.encode())
                write(f"{folder}/{language}.txt", unit * size + "\n")
        elif case == "line":
            write(f"{folder}/line.txt", "громада" * (4 * 1000 * 1000 // 14) + "\n")
        elif case == "longname":
            write(f"{folder}/longname.txt", "Kovalenko" * (4000 // 9) + "Kova\n")
        elif case == "big":
            paragraph = " ".join([FILLER["uk"]] * 8)
            repeat = 200 * 1000 * 1000 // (len(paragraph.encode()) + 2)
            with open(f"{folder}/uk.txt", "w", encoding="utf-8") as file:
                for i in range(repeat):
                    file.write(paragraph + f" {i}\n\n")
            write(f"{folder}/en.txt", thirteen("en"))
            write(f"{folder}/ru.txt", thirteen("ru"))
        else:
            sys.exit(f"unknown case {case}; cases: names word moved nospace line longname big "
                     "million")
        print(f"{folder}: written")


if __name__ == "__main__":
    main()
