/// The coarse phonetic Latin skeleton behind `NameKey`: Ukrainian, Russian and Latin spellings of
/// one name fold into the same string of ASCII symbols.
///
/// Symbols: `a b d e f h i k l m n o p r s t u v z` plus `Z` (ж), `C` (ч), `S` (ш), `c` (ц) and
/// `*` (a vowel that alternates between i, e and o, see `canonical(_:)`). The folds, and why:
/// - и і ї й ы / i y j → `i`, because the editions and the standards spell these interchangeably
///   (Зеленський, Зеленский, Zelensky, Zelenskyy, Zelenskyi);
/// - г ґ х / g h kh → `h`, because Ukrainian г is Latin h and Russian г is Latin g;
/// - ь ъ and every apostrophe vanish; doubled letters collapse (Одесса, Odessa, Кирилл).
/// - Iotated vowels are a glide `i` plus the vowel (я → ia, ю → iu, є → ie); `canonical(_:)`
///   drops the glide before e and o, so Yevhen, Євген and Евгений agree, and reads ei as i, so
///   Андрей and Андрій agree.
enum NameSkeleton {
  /// One symbol of the skeleton.
  typealias Symbol = UInt8

  /// Splits a name into words at white space, hyphens and dashes, keeping only the words that
  /// contain a letter.
  static func words(of name: String) -> [Substring] {
    name.split { character in
      character.isWhitespace || character == "-" || character == "‐" || character == "–"
        || character == "—"
    }.filter { $0.contains(where: \.isLetter) }
  }

  /// The raw skeleton of one word: letters mapped and doubled symbols collapsed, no endings
  /// removed. An English possessive ('s, ’s) at the end is dropped first.
  static func base(of word: Substring) -> [Symbol] {
    var scalars = word.unicodeScalars.map(lowercase)
    if scalars.count > 2, scalars.last == "s", let apostrophe = scalars.dropLast().last,
      isApostrophe(apostrophe)
    {
      scalars.removeLast(2)
    }
    let isCyrillic = scalars.contains { (0x400...0x4FF).contains($0.value) }
    var symbols: [Symbol] = []
    symbols.reserveCapacity(scalars.count + 4)
    if isCyrillic {
      for scalar in scalars { appendCyrillic(scalar, to: &symbols) }
    } else {
      appendLatin(scalars, to: &symbols)
    }
    return collapsed(symbols)
  }

  /// The form of a stem that keys compare: the glide `i` before e and o dropped, io read as e
  /// and ei as i, doubles
  /// collapsed again, and — when the stem ends in a consonant — its last vowel replaced by `*`
  /// if it is i, e or o. The last step absorbs the Ukrainian vowel alternation in closed final
  /// syllables (Харків/Харкова, Київ/Києва, Федір/Федора) and its Russian counterparts (Харьков,
  /// Киев, Фёдор, Kovalyov/Kovalev).
  static func canonical(_ stem: [Symbol]) -> [Symbol] {
    var out: [Symbol] = []
    out.reserveCapacity(stem.count)
    for (index, symbol) in stem.enumerated() {
      if symbol == i, index + 1 < stem.count, stem[index + 1] == e || stem[index + 1] == o {
        continue
      }
      if symbol == o, index > 0, stem[index - 1] == i {
        out.append(e)  // "io" (ё, yo) is written e by the Russian press: Fyodor, Fedor, Фёдор.
        continue
      }
      if symbol == i, out.last == e {
        out[out.count - 1] = i  // Russian -ей is Ukrainian -ій: Андрей/Андрій, Олейник/Олійник.
        continue
      }
      out.append(symbol)
    }
    out = collapsed(out)
    guard out.count >= 3, let last = out.last, !isVowel(last),
      let vowel = out.lastIndex(where: isVowel), vowel > 0
    else { return out }
    if out[vowel] == i || out[vowel] == e || out[vowel] == o { out[vowel] = wildcard }
    return out
  }

  static func isVowel(_ symbol: Symbol) -> Bool {
    symbol == a || symbol == e || symbol == i || symbol == o || symbol == u || symbol == wildcard
  }

  static let a = Symbol(ascii: "a")
  static let e = Symbol(ascii: "e")
  static let i = Symbol(ascii: "i")
  static let o = Symbol(ascii: "o")
  static let u = Symbol(ascii: "u")
  static let wildcard = Symbol(ascii: "*")

  private static func collapsed(_ symbols: [Symbol]) -> [Symbol] {
    var out: [Symbol] = []
    out.reserveCapacity(symbols.count)
    for symbol in symbols where symbol != out.last { out.append(symbol) }
    return out
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "'", "’", "ʼ", "`", "´", "ʹ", "‘": true
    default: false
    }
  }

  /// Lower-cases Latin and Cyrillic letters without ICU; other scalars go through the standard
  /// library's Unicode tables.
  private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    switch value {
    case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(value + 0x20)!
    case 0x400...0x40F: return Unicode.Scalar(value + 0x50)!
    case 0x490: return "ґ"
    case 0x61...0x7A, 0x430...0x45F: return scalar
    default:
      return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }
  }

  private static func appendCyrillic(_ scalar: Unicode.Scalar, to symbols: inout [Symbol]) {
    let mapped: String
    switch scalar {
    case "а": mapped = "a"
    case "б": mapped = "b"
    case "в": mapped = "v"
    case "г", "ґ", "х": mapped = "h"
    case "д": mapped = "d"
    case "е", "э", "ё": mapped = "e"
    case "є": mapped = "ie"
    case "ж": mapped = "Z"
    case "з": mapped = "z"
    case "и", "і", "ї", "й", "ы": mapped = "i"
    case "к": mapped = "k"
    case "л": mapped = "l"
    case "м": mapped = "m"
    case "н": mapped = "n"
    case "о": mapped = "o"
    case "п": mapped = "p"
    case "р": mapped = "r"
    case "с": mapped = "s"
    case "т": mapped = "t"
    case "у": mapped = "u"
    case "ф": mapped = "f"
    case "ц": mapped = "c"
    case "ч": mapped = "C"
    case "ш": mapped = "S"
    case "щ": mapped = "SC"
    case "ю": mapped = "iu"
    case "я": mapped = "ia"
    default: mapped = latinLetter(scalar)
    }
    symbols.append(contentsOf: mapped.utf8)
  }

  /// Latin digraphs, longest first. `zgh` is the KMU 2010 spelling of зг (Zghurskyi), which must
  /// not read as ж.
  private static let latinClusters: [(pattern: [Unicode.Scalar], symbols: String)] = [
    ("schtsch", "SC"), ("shch", "SC"), ("tsch", "C"), ("zgh", "zh"), ("sch", "S"), ("shh", "SC"),
    ("zh", "Z"), ("kh", "h"), ("gh", "h"), ("ch", "C"), ("sh", "S"), ("ts", "c"), ("tz", "c"),
    ("cz", "c"), ("ck", "k"), ("ph", "f"), ("x", "ks"),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  private static func appendLatin(_ scalars: [Unicode.Scalar], to symbols: inout [Symbol]) {
    var index = 0
    outer: while index < scalars.count {
      for cluster in latinClusters where scalars.contains(cluster.pattern, at: index) {
        symbols.append(contentsOf: cluster.symbols.utf8)
        index += cluster.pattern.count
        continue outer
      }
      symbols.append(contentsOf: latinLetter(scalars[index]).utf8)
      index += 1
    }
  }

  /// One Latin letter, with the diacritics of ISO 9, the scholarly system and the usual
  /// European spellings, as skeleton symbols; anything else (apostrophes, digits) as nothing.
  private static func latinLetter(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "a", "à", "á", "ä", "ã", "å", "ā": "a"
    case "â": "ia"
    case "b": "b"
    case "c", "q", "k": "k"
    case "č", "ć", "ĉ", "ç": "C"
    case "d", "đ": "d"
    case "e", "è", "é", "ë", "ē", "ė", "ę": "e"
    case "ê", "ě": "ie"
    case "f": "f"
    case "g", "h", "ǵ", "ğ", "ĝ", "ĥ", "ħ": "h"
    case "i", "ì", "í", "î", "ï", "ī", "ĭ", "y", "ý", "ÿ", "j", "ǰ": "i"
    case "l", "ł", "ľ", "ĺ": "l"
    case "m": "m"
    case "n", "ñ", "ń", "ň": "n"
    case "o", "ò", "ó", "ô", "ö", "õ", "ō", "ø": "o"
    case "p": "p"
    case "r", "ř", "ŕ": "r"
    case "s", "ś", "ş": "s"
    case "š": "S"
    case "ŝ": "SC"
    case "t", "ţ", "ť": "t"
    case "u", "ù", "ú", "ū", "ů": "u"
    case "û", "ü": "iu"
    case "v", "w": "v"
    case "x": "ks"
    case "z", "ź", "ż": "z"
    case "ž": "Z"
    default: ""
    }
  }
}
