import Testing

@testable import TriglotText

/// The published letter tables and worked examples the transliteration tests check against,
/// transcribed by hand from each standard's source (see `Rules/*.txt` for the documents).
enum TransliterationPublishedTables {
  /// One standard's letter table: `letters[i]` alone, as a word, gives `latin[i]` ("·" for an
  /// empty result). Letters whose form depends on the position are given at the start of a word.
  struct LetterTable: CustomTestStringConvertible, Sendable {
    var language: Language
    var id: String
    var letters: String
    var latin: String
    var testDescription: String { "\(language.rawValue) \(id)" }

    var pairs: [(cyrillic: String, latin: String)] {
      let cyrillic = letters.split(separator: " ").map(String.init)
      let latin = latin.split(separator: " ").map { $0 == "·" ? "" : String($0) }
      return Array(zip(cyrillic, latin))
    }
  }

  static let ukrainian = "а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я"
  static let russian = "а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я"

  static let letterTables: [LetterTable] = [
    LetterTable(
      language: .uk, id: "kmu-2010", letters: ukrainian,
      latin: "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch · yu ya"),
    LetterTable(
      language: .uk, id: "bgn-pcgn-1965", letters: ukrainian,
      latin: "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch ʹ yu ya"),
    LetterTable(
      language: .uk, id: "iso-9", letters: ukrainian,
      latin: "a b v g g̀ d e ê ž z i ì ï j k l m n o p r s t u f h c č š ŝ ʹ û â"),
    LetterTable(
      language: .uk, id: "gost-7.79-b", letters: ukrainian,
      latin: "a b v g g` d e ye zh z y` i yi j k l m n o p r s t u f x cz ch sh shh ` yu ya"),
    LetterTable(
      language: .uk, id: "dstu-9112-a", letters: ukrainian,
      latin: "a b v ğ g d e je ž z y i ï j k l m n o p r s t u f x c č š ŝ ĵ ju ja"),
    LetterTable(
      language: .uk, id: "dstu-9112-b", letters: ukrainian,
      latin: "a b v gh g d e je zh z y i ji j k l m n o p r s t u f kh c ch sh shch hj ju ja"),
    LetterTable(
      language: .uk, id: "ala-lc", letters: ukrainian,
      latin: "a b v h g d e i͡e zh z y i ï ĭ k l m n o p r s t u f kh t͡s ch sh shch ʹ i͡u i͡a"),
    LetterTable(
      language: .uk, id: "scholarly", letters: ukrainian,
      latin: "a b v h g d e je ž z y i ji j k l m n o p r s t u f x c č š šč ʹ ju ja"),
    LetterTable(
      language: .ru, id: "bgn-pcgn", letters: russian,
      latin: "a b v g d ye yë zh z i y k l m n o p r s t u f kh ts ch sh shch ʺ y ʹ e yu ya"),
    LetterTable(
      language: .ru, id: "iso-9", letters: russian,
      latin: "a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ ʺ y ʹ è û â"),
    LetterTable(
      language: .ru, id: "gost-7.79-b", letters: russian,
      latin: "a b v g d e yo zh z i j k l m n o p r s t u f x cz ch sh shh `` y` ` e` yu ya"),
    LetterTable(
      language: .ru, id: "icao-9303", letters: russian,
      latin: "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y · e iu ia"),
    LetterTable(
      language: .ru, id: "mvd-310", letters: russian,
      latin: "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch \" y ' e yu ya"),
    LetterTable(
      language: .ru, id: "ala-lc", letters: russian,
      latin: "a b v g d e ë zh z i ĭ k l m n o p r s t u f kh t͡s ch sh shch ʺ y ʹ ė i͡u i͡a"),
    LetterTable(
      language: .ru, id: "scholarly", letters: russian,
      latin: "a b v g d e ë ž z i j k l m n o p r s t u f x c č š šč ʺ y ʹ è ju ja"),
    LetterTable(
      language: .ru, id: "wikipedia", letters: russian,
      latin: "a b v g d ye yo zh z i y k l m n o p r s t u f kh ts ch sh shch · y · e yu ya"),
  ]

  /// Every example of the letter table of Resolution No. 55 (27 January 2010), in the table's
  /// order, and the examples of its notes (зг: Згорани, Розгон).
  static let kmuResolutionExamples: [(String, String)] = [
    ("Алушта", "Alushta"), ("Андрій", "Andrii"), ("Борщагівка", "Borshchahivka"),
    ("Борисенко", "Borysenko"), ("Вінниця", "Vinnytsia"), ("Володимир", "Volodymyr"),
    ("Гадяч", "Hadiach"), ("Богдан", "Bohdan"), ("Згурський", "Zghurskyi"),
    ("Ґалаґан", "Galagan"), ("Ґорґани", "Gorgany"), ("Донецьк", "Donetsk"), ("Дмитро", "Dmytro"),
    ("Рівне", "Rivne"), ("Олег", "Oleh"), ("Есмань", "Esman"), ("Єнакієве", "Yenakiieve"),
    ("Гаєвич", "Haievych"), ("Короп’є", "Koropie"), ("Житомир", "Zhytomyr"), ("Жанна", "Zhanna"),
    ("Жежелів", "Zhezheliv"), ("Закарпаття", "Zakarpattia"), ("Казимирчук", "Kazymyrchuk"),
    ("Медвин", "Medvyn"), ("Михайленко", "Mykhailenko"), ("Іванків", "Ivankiv"),
    ("Іващенко", "Ivashchenko"), ("Їжакевич", "Yizhakevych"), ("Кадиївка", "Kadyivka"),
    ("Мар’їне", "Marine"), ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"), ("Олексій", "Oleksii"),
    ("Київ", "Kyiv"), ("Коваленко", "Kovalenko"), ("Лебедин", "Lebedyn"), ("Леонід", "Leonid"),
    ("Миколаїв", "Mykolaiv"), ("Маринич", "Marynych"), ("Ніжин", "Nizhyn"),
    ("Наталія", "Nataliia"), ("Одеса", "Odesa"), ("Онищенко", "Onyshchenko"),
    ("Полтава", "Poltava"), ("Петро", "Petro"), ("Решетилівка", "Reshetylivka"),
    ("Рибчинський", "Rybchynskyi"), ("Суми", "Sumy"), ("Соломія", "Solomiia"),
    ("Тернопіль", "Ternopil"), ("Троць", "Trots"), ("Ужгород", "Uzhhorod"), ("Уляна", "Uliana"),
    ("Фастів", "Fastiv"), ("Філіпчук", "Filipchuk"), ("Харків", "Kharkiv"),
    ("Христина", "Khrystyna"), ("Біла Церква", "Bila Tserkva"), ("Стеценко", "Stetsenko"),
    ("Чернівці", "Chernivtsi"), ("Шевченко", "Shevchenko"), ("Шостка", "Shostka"),
    ("Кишеньки", "Kyshenky"), ("Щербухи", "Shcherbukhy"), ("Гоща", "Hoshcha"),
    ("Гаращенко", "Harashchenko"), ("Юрій", "Yurii"), ("Корюківка", "Koriukivka"),
    ("Яготин", "Yahotyn"), ("Ярошенко", "Yaroshenko"), ("Костянтин", "Kostiantyn"),
    ("Знам’янка", "Znamianka"), ("Феодосія", "Feodosiia"), ("Згорани", "Zghorany"),
    ("Розгон", "Rozghon"),
  ]

  /// Further place names that follow the same rules (not in the resolution's table).
  static let kmuFurtherExamples: [(String, String)] = [
    ("Дон", "Don"), ("Наєнко", "Naienko"), ("Іршава", "Irshava"), ("Ромни", "Romny"),
    ("Тетерів", "Teteriv"), ("Крюківка", "Kriukivka"), ("Ічня", "Ichnia"),
    ("Жмеринка", "Zhmerynka"), ("Запоріжжя", "Zaporizhzhia"), ("Дніпро", "Dnipro"),
  ]

  /// Worked examples per standard: (language, ID, Cyrillic, Latin).
  static let standardExamples: [(Language, String, String, String)] = [
    (.uk, "bgn-pcgn-1965", "Згурський", "Z·hursʹkyy"), (.uk, "bgn-pcgn-1965", "Київ", "Kyyiv"),
    (.uk, "bgn-pcgn-1965", "Знам’янка", "Znamʺyanka"),
    (.uk, "iso-9", "Київ", "Kiïv"), (.uk, "iso-9", "Ґалаґан", "G̀alag̀an"),
    (.uk, "iso-9", "Щербухи", "Ŝerbuhi"), (.uk, "iso-9", "Знам’янка", "Znamʼânka"),
    (.uk, "gost-7.79-b", "Київ", "Ky`yiv"), (.uk, "gost-7.79-b", "Ціна", "Cina"),
    (.uk, "gost-7.79-b", "Церква", "Cerkva"), (.uk, "gost-7.79-b", "Цвях", "Czvyax"),
    (.uk, "gost-7.79-b", "Щука", "Shhuka"),
    (.uk, "dstu-9112-a", "Київ", "Kyïv"), (.uk, "dstu-9112-a", "Ольга", "Oljğa"),
    (.uk, "dstu-9112-a", "Хмельницький", "Xmeljnycjkyj"), (.uk, "dstu-9112-a", "Щастя", "Ŝastja"),
    (.uk, "dstu-9112-a", "сім’я", "sim'ja"), (.uk, "dstu-9112-a", "Ньютон", "Njjuton"),
    (.uk, "dstu-9112-a", "батальйон", "bataljjon"), (.uk, "dstu-9112-a", "бйорн", "b'jorn"),
    (.uk, "dstu-9112-a", "Пьер", "Pj'er"),
    (.uk, "dstu-9112-b", "Київ", "Kyjiv"), (.uk, "dstu-9112-b", "Ольга", "Oljgha"),
    (.uk, "dstu-9112-b", "Щастя", "Shchastja"), (.uk, "dstu-9112-b", "Харків", "Kharkiv"),
    (.uk, "dstu-9112-b", "Жук", "Zhuk"),
    (.uk, "ala-lc", "Київ", "Kyïv"), (.uk, "ala-lc", "Юрій", "I͡uriĭ"),
    (.uk, "ala-lc", "Львів", "Lʹviv"), (.uk, "ala-lc", "Знам’янка", "Znamʺi͡anka"),
    (.uk, "scholarly", "Київ", "Kyjiv"), (.uk, "scholarly", "Щастя", "Ščastja"),
    (.uk, "scholarly", "Хмельницький", "Xmelʹnycʹkyj"),
    (.ru, "bgn-pcgn", "Ельцин", "Yelʹtsin"), (.ru, "bgn-pcgn", "Подъезд", "Podʺyezd"),
    (.ru, "bgn-pcgn", "Королёв", "Korolëv"), (.ru, "bgn-pcgn", "Чайковский", "Chaykovskiy"),
    (.ru, "iso-9", "Щука", "Ŝuka"), (.ru, "iso-9", "Съезд", "Sʺezd"),
    (.ru, "iso-9", "Ёлка", "Ëlka"),
    (.ru, "iso-9", "Эхо", "Èho"),
    (.ru, "gost-7.79-b", "Щука", "Shhuka"), (.ru, "gost-7.79-b", "Цирк", "Cirk"),
    (.ru, "gost-7.79-b", "Царь", "Czar`"), (.ru, "gost-7.79-b", "Съезд", "S``ezd"),
    (.ru, "gost-7.79-b", "Цюрих", "Cyurix"), (.ru, "gost-7.79-b", "Ёлка", "Yolka"),
    (.ru, "icao-9303", "Наталья", "Natalia"), (.ru, "icao-9303", "Андрей", "Andrei"),
    (.ru, "icao-9303", "Дмитрий", "Dmitrii"), (.ru, "icao-9303", "Александр", "Aleksandr"),
    (.ru, "icao-9303", "Анастасия", "Anastasiia"), (.ru, "icao-9303", "Яна", "Iana"),
    (.ru, "icao-9303", "Валерий", "Valerii"), (.ru, "icao-9303", "Подъезд", "Podieezd"),
    (.ru, "mvd-310", "Красный", "Krasnyy"), (.ru, "mvd-310", "Полоний", "Poloniy"),
    (.ru, "mvd-310", "Варенье", "Varenye"), (.ru, "mvd-310", "Новьё", "Nov'e"),
    (.ru, "mvd-310", "Подъезд", "Podyezd"), (.ru, "mvd-310", "Игорь", "Igor'"),
    (.ru, "mvd-310", "Васильева", "Vasilyeva"), (.ru, "mvd-310", "Ёж", "Ezh"),
    (.ru, "mvd-310", "Андрей", "Andrey"),
    (.ru, "ala-lc", "Чайковский", "Chaĭkovskiĭ"), (.ru, "ala-lc", "Юрий", "I͡uriĭ"),
    (.ru, "ala-lc", "Царь", "T͡sarʹ"), (.ru, "ala-lc", "Съезд", "Sʺezd"),
    (.ru, "ala-lc", "Эхо", "Ėkho"),
    (.ru, "scholarly", "Щука", "Ščuka"), (.ru, "scholarly", "Хрущёв", "Xruščëv"),
    (.ru, "scholarly", "Юрий", "Jurij"),
    (.ru, "wikipedia", "Ельцин", "Yeltsin"), (.ru, "wikipedia", "Дмитрий", "Dmitry"),
    (.ru, "wikipedia", "Достоевский", "Dostoyevsky"), (.ru, "wikipedia", "Юрий", "Yury"),
    (.ru, "wikipedia", "Подъезд", "Podyezd"), (.ru, "wikipedia", "Королёв", "Korolyov"),
    (.ru, "wikipedia", "Горбачёв", "Gorbachyov"), (.ru, "wikipedia", "Наталья", "Natalya"),
    (.ru, "wikipedia", "Бийск", "Biysk"), (.ru, "wikipedia", "Более", "Bolee"),
    (.ru, "wikipedia", "Государственные", "Gosudarstvennye"), (.ru, "wikipedia", "Майер", "Mayer"),
    (.ru, "wikipedia", "Ильинский", "Ilyinsky"), (.ru, "wikipedia", "ДШК", "DShK"),
  ]
}
