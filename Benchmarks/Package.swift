// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Benchmarks and development tools, kept out of the Triglot package so that its users never
// build them (as swift-nio does). Depends on the Triglot package one folder up, whose package
// identity is the name of its folder.
let triglot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "TriglotBenchmarks",
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .executableTarget(
      name: "devset-tune",
      dependencies: [
        .product(name: "TriglotAlign", package: triglot),
        .product(name: "TriglotText", package: triglot),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "triglot-corpus-generate",
      dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
  ]
)
