import TriglotText

extension Edition {
  /// Reads two or three texts as editions whose languages are detected from their letters, in
  /// the order given: for files given without `--uk`, `--en` or `--ru`.
  ///
  /// - Parameter texts: Each text with its source (a path, "-", a label).
  /// - Throws: ``TriglotAlignError/unclearLanguage(source:)`` when a text reads as none of uk, en
  ///   and ru, ``TriglotAlignError/sameDetectedLanguage(_:sources:)`` when two read as one.
  public static func detectingLanguages(of texts: [(source: String, text: String)])
    throws(TriglotAlignError) -> [Edition]
  {
    let identifier = LanguageIdentifier()
    var editions: [Edition] = []
    for (source, text) in texts {
      let language = identifier.identify(text).language
      guard Language.editions.contains(language) else {
        throw .unclearLanguage(source: source)
      }
      if let twin = editions.first(where: { $0.language == language }) {
        throw .sameDetectedLanguage(language, sources: [twin.source, source])
      }
      editions.append(Edition(language: language, source: source, text: text))
    }
    return editions
  }

  /// Reads two or three files as editions whose languages are detected from their letters, in
  /// the order given; a page that its letters do not place (too little text) takes the
  /// language it declares (`<html lang>`).
  ///
  /// - Throws: ``TriglotAlignError/unclearLanguage(source:)`` when a file reads as none of uk,
  ///   en and ru and declares none, ``TriglotAlignError/sameDetectedLanguage(_:sources:)`` when
  ///   two read as one.
  public static func detectingLanguages(of documents: [ReadDocument])
    throws(TriglotAlignError) -> [Edition]
  {
    let identifier = LanguageIdentifier()
    var editions: [Edition] = []
    for document in documents {
      var language = identifier.identify(document.text).language
      if !Language.editions.contains(language), let declared = document.declaredLanguage,
        Language.editions.contains(declared)
      {
        language = declared
      }
      guard Language.editions.contains(language) else {
        throw .unclearLanguage(source: document.source)
      }
      if let twin = editions.first(where: { $0.language == language }) {
        throw .sameDetectedLanguage(language, sources: [twin.source, document.source])
      }
      editions.append(Edition(language: language, document: document))
    }
    return editions
  }

  /// The language the edition's text reads as when that is another of uk, en and ru than its
  /// ``language``: a swapped argument or a misnamed file. Nil when it reads as its own language
  /// or the identifier cannot tell.
  ///
  /// - Complexity: reads the first paragraphs up to about 8,000 characters, whatever the
  ///   edition's length: they tell a file's language, and reading all of a long archive file
  ///   would cost more than aligning it.
  public var mislabelledLanguage: Language? {
    var sample: [String] = []
    var length = 0
    for paragraph in paragraphs where length < 8_000 {
      sample.append(paragraph.text)
      length += paragraph.text.count
    }
    let read = LanguageIdentifier().identifyDocument(paragraphs: sample).language
    return Language.editions.contains(read) && read != language ? read : nil
  }
}
