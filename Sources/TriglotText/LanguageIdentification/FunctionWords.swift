/// Frequent function words (conjunctions, prepositions, pronouns, particles, auxiliaries) of the
/// languages ``LanguageIdentifier`` tells apart.
///
/// The lists are general knowledge of each language's most frequent short words, not words
/// picked from any corpus. A word on both the Ukrainian and the Russian list (на, не, до, за …)
/// tells nothing between the two and is dropped from both distinctive sets; likewise a word on
/// both the English and the other-Latin list counts only as English.
enum FunctionWords {
  /// Ukrainian function words that Russian does not use (or spells differently).
  static let ukrainian: Set<String> = ukrainianWords.subtracting(russianWords)

  /// Russian function words that Ukrainian does not use (or spells differently).
  static let russian: Set<String> = russianWords.subtracting(ukrainianWords)

  /// English function words.
  static let english: Set<String> = [
    "the", "a", "an", "of", "and", "to", "in", "is", "are", "was", "were", "be", "been", "being",
    "that", "this", "these", "those", "for", "it", "its", "on", "with", "as", "by", "at", "from",
    "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "them",
    "him", "us", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "not", "no", "which", "who", "whom", "whose", "what", "when", "where", "why",
    "how", "said", "says", "or", "but", "if", "than", "then", "so", "also", "after", "before",
    "over", "under", "about", "into", "out", "up", "down", "all", "any", "some", "more", "most",
    "other", "such", "there", "here", "only", "just", "did", "does", "do", "while", "since",
    "because", "against", "between", "through", "during", "without", "within", "per", "there's",
    "it's", "don't", "won't", "isn't", "doesn't",
  ]

  /// Function words of other Latin-script languages (German, French, Spanish, Italian, Polish,
  /// Czech, Dutch, Portuguese) that English does not use.
  static let otherLatin: Set<String> = otherLatinWords.subtracting(english)

  private static let ukrainianWords: Set<String> = [
    "і", "й", "та", "що", "щоб", "як", "це", "цей", "ця", "ці", "цього", "цієї", "цих", "цьому",
    "цим", "на", "з", "із", "зі", "проти", "у", "в", "до", "від", "для", "про", "не", "ні", "вже",
    "також",
    "теж", "який", "яка", "яке", "які", "якого", "якої", "яких", "якому", "якій", "яким", "було",
    "була", "був", "були", "буде", "будуть", "бути", "є", "його", "її", "їх", "їхній", "їхня",
    "їхні", "їм", "йому", "ще", "або", "чи", "після", "через", "під", "між", "року", "році",
    "роки", "тому", "лише", "тільки", "коли", "де", "куди", "звідки", "вони", "ми", "ви", "він",
    "вона", "воно", "мені", "мене", "мною", "нам", "нас", "вам", "вас", "ним", "нього", "неї",
    "ній", "ними", "них", "але", "проте", "однак", "якщо", "бо", "адже", "навіть", "саме", "усі",
    "всі", "усе", "все", "усіх", "всіх", "свій", "своя", "своє", "свої", "своїх", "свого", "своєї",
    "наш", "наша", "наші", "ваш", "ваша", "сьогодні", "зараз", "понад", "близько", "щодо",
    "серед", "поки", "так", "ось", "там", "тут", "хто", "чому", "при", "без", "над", "перед",
    "за", "по", "о", "об", "має", "мають", "можна", "треба", "потрібно", "більше", "менше",
    "дуже", "тобто", "зокрема", "хоча", "ніж", "поруч", "разом", "тоді", "знову", "себе", "собі",
    "собою", "інші", "інших", "інший", "інша", "кожен", "кожна", "жоден", "жодних", "ніхто", "ніщо",
    "нічого", "досі", "отже",
  ]

  private static let russianWords: Set<String> = [
    "и", "что", "чтобы", "как", "это", "этот", "эта", "эти", "этого", "этой", "этих", "этому",
    "этим", "на", "с", "со", "из", "у", "в", "во", "к", "ко", "до", "от", "для", "о", "об", "обо",
    "не", "ни", "уже", "также", "тоже", "который", "которая", "которое", "которые", "которого",
    "которой", "которых", "которому", "которым", "было", "была", "был", "были", "будет",
    "будут", "быть", "есть", "его", "её", "ее", "их", "им", "ему", "ещё", "еще", "или", "ли",
    "после", "через", "под", "между", "года", "году", "годы", "поэтому", "только", "лишь",
    "когда", "где", "куда", "откуда", "они", "мы", "вы", "он", "она", "оно", "мне", "меня",
    "мной", "нам", "нас", "вам", "вас", "ним", "него", "нее", "неё", "ней", "ними", "них", "но",
    "однако", "если", "ведь", "даже", "именно", "все", "всё", "всех", "свой", "своя", "своё",
    "свои", "своих", "своего", "своей", "наш", "наша", "наши", "ваш", "ваша", "сегодня",
    "сейчас", "более", "около", "среди", "пока", "так", "вот", "там", "тут", "кто", "почему",
    "при", "без", "над", "перед", "за", "по", "против", "кстати", "может", "могут", "можно", "надо",
    "нужно",
    "больше", "меньше", "очень", "хотя", "чем", "рядом", "вместе", "тогда",
    "снова", "себя", "себе", "собой", "другие", "других", "другой", "другая", "каждый",
    "каждая", "никто", "ничто", "ничего", "итак", "всего", "тем",
  ]

  private static let otherLatinWords: Set<String> = [
    // German
    "der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "einen", "auf", "für",
    "dem", "den", "des", "sich", "auch", "von", "zu", "im", "wird", "sind", "wurde", "dass",
    // French
    "le", "la", "les", "et", "est", "une", "du", "pour", "dans", "qui", "que", "pas",
    "sur", "avec", "au", "aux", "ce", "il", "elle", "nous", "vous", "sont", "mais", "été",
    // Spanish and Portuguese
    "el", "los", "las", "y", "es", "del", "por", "con", "una", "se", "lo", "para", "como",
    "más", "pero", "os", "um", "uma", "não", "em", "da", "do", "ao",
    // Italian
    "di", "che", "non", "gli", "della", "per", "sono", "è", "nel", "alla",
    // Polish and Czech
    "się", "jest", "nie", "w", "z", "na", "że", "jak", "ale", "od", "po", "przez", "tak",
    "czy", "już", "są", "oraz", "jako", "je", "ve", "ze", "než", "jsou", "byl",
    // Dutch
    "het", "een", "van", "en", "niet", "zijn", "op", "voor", "ook", "wordt",
  ]
}
