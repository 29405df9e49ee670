import Foundation

/// A fresh, empty folder under the system's temporary directory for one test.
public enum TemporaryFolder {
  /// Creates a new folder whose name starts with `prefix`; the caller removes it.
  public static func make(_ prefix: String = "triglot-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
