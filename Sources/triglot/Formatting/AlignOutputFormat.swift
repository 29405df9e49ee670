import ArgumentParser

/// The output formats of `triglot align`.
enum AlignOutputFormat: String, ExpressibleByArgument, CaseIterable {
  /// A side-by-side view for people.
  case text
  /// The version-1 JSON document (a public contract; see Docs/align.md).
  case json
  /// One tab-separated row per group, a column per language.
  case tsv
  /// A TMX 1.4b translation memory for CAT tools.
  case tmx
}
