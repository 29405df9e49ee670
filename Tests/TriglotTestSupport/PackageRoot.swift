import Foundation

/// The package's root folder (where Package.swift is) and paths under it, so that tests find the
/// Corpora, the Rules and the docs from any working directory.
public enum PackageRoot {
  /// The folder that holds Package.swift, found by walking up from this source file.
  public static let url: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    fatalError("Package.swift not found above \(#filePath)")
  }()

  /// A URL under the package root ("Corpora/articles").
  public static func url(_ relative: String) -> URL {
    url.appendingPathComponent(relative)
  }

  /// A path under the package root ("Corpora/articles").
  public static func path(_ relative: String) -> String {
    url(relative).path
  }
}
