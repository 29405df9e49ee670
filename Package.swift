// swift-tools-version: 6.1
import PackageDescription

// Triglot is built and tested on Linux (Debian) only: its C shims link the system ICU and
// libxml2 and Hunspell found through pkg-config, and no Apple platform is declared because none
// is built or tested.
let package = Package(
  name: "Triglot",
  products: [
    .library(name: "TriglotText", targets: ["TriglotText"]),
    .library(name: "TriglotAlign", targets: ["TriglotAlign"]),
    .library(name: "TriglotAudit", targets: ["TriglotAudit"]),
    .executable(name: "triglot", targets: ["triglot"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // `triglot serve`. No default traits: they bring swift-configuration, which serve does not
    // read its settings from.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    // Hummingbird's logger, pointed at standard error, and its header types.
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    // `triglot audit --format csv` (one row per finding) and the summary tables of a corpus run.
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CICULibrary",
      pkgConfig: "icu-i18n icu-uc",
      providers: [.apt(["libicu-dev", "pkg-config"])]
    ),
    .target(name: "CICU", dependencies: ["CICULibrary"], exclude: ["README.md"]),
    .systemLibrary(
      name: "CLibXML2Library",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev", "pkg-config"])]
    ),
    .target(name: "CLibXML2", dependencies: ["CLibXML2Library"], exclude: ["README.md"]),
    .systemLibrary(
      name: "CHunspellLibrary",
      pkgConfig: "hunspell",
      providers: [.apt(["libhunspell-dev", "pkg-config"])]
    ),
    .target(name: "CHunspell", dependencies: ["CHunspellLibrary"], exclude: ["README.md"]),
    .systemLibrary(
      name: "CZlibLibrary",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev", "pkg-config"])]
    ),
    .target(name: "CZlib", dependencies: ["CZlibLibrary"], exclude: ["README.md"]),
    .target(
      name: "TriglotText",
      dependencies: ["CICU", "CLibXML2", "CHunspell", "CZlib", .product(name: "Ink", package: "Ink")],
      exclude: ["README.md"]
    ),
    .target(name: "TriglotAlign", dependencies: ["TriglotText"], exclude: ["README.md"]),
    .target(name: "TriglotAudit", dependencies: ["TriglotAlign"], exclude: ["README.md"]),
    .executableTarget(
      name: "triglot",
      dependencies: [
        "TriglotText",
        "TriglotAlign",
        "TriglotAudit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Plot", package: "Plot"),
        .product(name: "Rainbow", package: "Rainbow"),
        .product(name: "XMLCoder", package: "XMLCoder"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "TextTable", package: "TextTable"),
      ],
      exclude: ["README.md"]
    ),
    .target(
      name: "TriglotTestSupport",
      dependencies: ["TriglotAlign"],
      path: "Tests/TriglotTestSupport"
    ),
    .testTarget(
      name: "TriglotTextTests",
      dependencies: [
        "TriglotText",
        "TriglotTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Resources")]
    ),
    .testTarget(
      name: "TriglotAlignTests",
      dependencies: [
        "TriglotAlign",
        "TriglotTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "TriglotAuditTests",
      dependencies: [
        "TriglotAudit",
        "TriglotTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "TriglotCLITests",
      dependencies: [
        "triglot", "TriglotTestSupport", .product(name: "XMLCoder", package: "XMLCoder"),
      ]
    ),
  ]
)
