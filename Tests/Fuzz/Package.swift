// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The libFuzzer harness (Tests/Fuzz/README.md), kept out of the Triglot package so that its
// users and `make test` never build it: it only makes sense built with
// `--sanitize=fuzzer --sanitize=address`, which `make fuzz` does. Depends on the Triglot package
// two folders up, whose package identity is the name of its folder (as Benchmarks/ does).
let triglot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "TriglotFuzz",
  dependencies: [
    .package(path: "../.."),
    // What the server's request-decoding files compiled into ServeRequestFuzzing import.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    .target(
      name: "ServeRequestFuzzing",
      dependencies: [
        .product(name: "TriglotText", package: triglot),
        .product(name: "TriglotAlign", package: triglot),
        .product(name: "TriglotAudit", package: triglot),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .target(
      name: "TriglotFuzzTargets",
      dependencies: [
        "ServeRequestFuzzing",
        .product(name: "TriglotText", package: triglot),
        .product(name: "TriglotAlign", package: triglot),
      ]
    ),
    .executableTarget(name: "triglot-fuzz", dependencies: ["TriglotFuzzTargets"]),
  ]
)
