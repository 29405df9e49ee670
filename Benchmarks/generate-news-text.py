#!/usr/bin/env python3
"""Writes Ukrainian news-like text for the transliteration benchmark to standard output.

Usage: generate-news-text.py MEGABYTES [SEED] [RARE_SHARE]

The text is built at run time from the word lists and sentence patterns below (written for this
benchmark), so no large file is committed. It has what news has: repeated frequent words, names
and places, numbers, dates, quotes, apostrophes, abbreviations in capitals and Latin names.

The word lists alone give a small vocabulary, which flatters a per-word cache. RARE_SHARE (0 to
1, default 0) replaces that share of sentences' subjects with rare words: surnames and place
names built from Ukrainian syllables, drawn from a pool of 300,000, in varied case endings. At
0.5 a 32 MB text has a few hundred thousand distinct words, like a large news archive.
"""
import random
import sys

SUBJECTS = [
    "Уряд", "Кабінет міністрів", "Верховна Рада", "Міністерство фінансів", "Національний банк",
    "Президент", "Прем'єр-міністр", "Голова обласної адміністрації", "Міська рада",
    "Служба безпеки", "Генеральний штаб", "Міністр оборони", "Депутати", "Експерти",
    "Представники громади", "Профспілка аграріїв", "Енергетики", "Рятувальники ДСНС",
]
VERBS = [
    "ухвалив", "заявив", "оголосив", "підтримав", "відхилив", "розглянув", "представив",
    "погодив", "затвердив", "повідомив", "обговорив", "запропонував", "пообіцяв", "скасував",
]
OBJECTS = [
    "проєкт бюджету на наступний рік", "зміни до податкового кодексу", "програму відновлення",
    "план будівництва укриттів", "нові правила для підприємців", "угоду про співпрацю",
    "звіт про виконання кошторису", "рішення щодо тарифів на електроенергію",
    "законопроєкт про місцеве самоврядування", "заходи з енергозбереження",
    "фінансування шкіл і лікарень", "ремонт мостів і доріг", "підтримку переселенців",
    "об'єднання територіальних громад", "п'ятирічну стратегію розвитку",
]
PLACES = [
    "Київ", "Харків", "Одеса", "Дніпро", "Львів", "Запоріжжя", "Вінниця", "Полтава", "Чернігів",
    "Суми", "Житомир", "Ужгород", "Івано-Франківськ", "Тернопіль", "Рівне", "Луцьк", "Херсон",
    "Миколаїв", "Черкаси", "Кропивницький", "Хмельницький", "Чернівці", "Знам'янка",
    "Біла Церква", "Кременчук", "Єнакієве", "Ізюм", "Яготин", "Згурівка", "Ічня",
]
PEOPLE = [
    "Олександр Коваленко", "Наталія Шевченко", "Юрій Бондаренко", "Ірина Ткаченко",
    "Андрій Мельник", "Олена Кравчук", "Євген Олійник", "Ярослава Лисенко", "Дмитро Гнатюк",
    "Ганна Савчук", "Ігор Щербак", "Софія Юрченко", "Віталій Зозуля", "Христина Пономаренко",
    "Їжакевич", "Згурський", "Мар'яна Поліщук", "Тарас Гончаренко",
]
TAILS = [
    "під час засідання у {place}", "на брифінгу в {place}", "після зустрічі з мешканцями {place}",
    "за словами {person}", "як повідомила пресслужба", "попри критику опозиції",
    "до кінця {month}", "на {number} відсотка більше, ніж торік",
    "у межах програми «Відновлення»", "із залученням коштів ЄС та NATO",
]
MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
          "вересня", "жовтня", "листопада", "грудня"]
QUOTES = [
    "«Ми не можемо зволікати, бо зима близько», — наголосив {person}.",
    "«Кожна гривня має працювати на людей», — сказала {person}.",
    "За даними Reuters, рішення ухвалили {number} голосами.",
    "У {place} уже відремонтували {number} будинків і {number} шкіл.",
    "Станом на {day} {month} {year} року виплати отримали {number} тис. осіб.",
    "Відповідно до постанови № {number}, громади отримають додаткові {number} млн грн.",
    "Щодо безпеки, то ситуація в області залишається складною, але контрольованою.",
    "ЗМІ з'ясували, що з'їзд партії перенесли на {day} {month}.",
]


SYLLABLES = [
    "ко", "ва", "лен", "шев", "чен", "бон", "дар", "ткач", "мель", "ник", "крав", "чук", "олій",
    "гна", "тюк", "сав", "щер", "бак", "юр", "зо", "зу", "ля", "по", "но", "ма", "рен", "гон",
    "ча", "ре", "лі", "сен", "ків", "го", "ро", "док", "пи", "ли", "пів", "іч", "ня", "єв", "ген",
    "ї", "жа", "ке", "вич", "за", "річ", "чан", "ськ", "цьк", "зг", "щу", "кар", "пат", "дні",
]
ENDINGS = ["", "а", "у", "ом", "ові", "ого", "ому", "ий", "ська", "ського", "ці", "ою", "ам"]


def rare_words(count, seed):
    """A fixed pool of rare words: 2 to 4 syllables, capitalized, distinct."""
    rng = random.Random(seed)
    pool = set()
    while len(pool) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        pool.add(word.capitalize())
    return sorted(pool)


def rare_phrase(rng, pool):
    """Two rare words with case endings, as a person or a village in a sentence."""
    return " ".join(rng.choice(pool) + rng.choice(ENDINGS) for _ in range(2))


def sentence(rng, pool, rare_share):
    if pool and rng.random() < rare_share:
        return "{} {} {} {}.".format(rare_phrase(rng, pool), rng.choice(VERBS),
                                     rng.choice(OBJECTS), rng.choice(TAILS)).format(
            place=rng.choice(PLACES), person=rng.choice(PEOPLE), month=rng.choice(MONTHS),
            number=rng.randint(2, 950))
    if rng.random() < 0.3:
        text = rng.choice(QUOTES)
    else:
        text = "{} {} {} {}.".format(rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS),
                                     rng.choice(TAILS))
    return text.format(
        place=rng.choice(PLACES), person=rng.choice(PEOPLE), month=rng.choice(MONTHS),
        number=rng.randint(2, 950), day=rng.randint(1, 28), year=rng.randint(2019, 2025))


def main():
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 12
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2024
    rare_share = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    rng = random.Random(seed)
    pool = rare_words(300_000, seed) if rare_share > 0 else []
    target = int(megabytes * 1024 * 1024)
    written = 0
    out = sys.stdout.buffer
    while written < target:
        if rng.random() < 0.08:
            line = rng.choice(PLACES).upper() + " — " + rng.choice(SUBJECTS).upper()
        else:
            line = " ".join(sentence(rng, pool, rare_share) for _ in range(rng.randint(1, 5)))
        data = (line + "\n").encode("utf-8")
        out.write(data)
        written += len(data)


if __name__ == "__main__":
    main()
