// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Triglot",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "TriglotText", targets: ["TriglotText"]),
    .library(name: "TriglotAlign", targets: ["TriglotAlign"]),
    .executable(name: "triglot", targets: ["triglot"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    .target(
      name: "TriglotText",
      dependencies: ["CICU"]
    ),
    .target(
      name: "TriglotAlign",
      dependencies: ["TriglotText"],
      exclude: ["README.md"]
    ),
    .executableTarget(
      name: "triglot",
      dependencies: [
        "TriglotText",
        "TriglotAlign",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Plot", package: "Plot"),
        .product(name: "Rainbow", package: "Rainbow"),
        .product(name: "XMLCoder", package: "XMLCoder"),
      ]
    ),
    .testTarget(
      name: "TriglotTextTests",
      dependencies: ["TriglotText"]
    ),
    .testTarget(
      name: "TriglotAlignTests",
      dependencies: [
        "TriglotAlign",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "TriglotCLITests",
      dependencies: ["triglot", .product(name: "XMLCoder", package: "XMLCoder")]
    ),
  ]
)
