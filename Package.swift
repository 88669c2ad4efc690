// swift-tools-version:6.0
import PackageDescription

/// xunshi: a terminal browser for Chinese discipline-inspection reports.
///
/// Dependencies point one way:
/// CNCursesW → Curses → Browser → xunshi, and Corpus (pure, no curses) → Browser.
/// The C libraries (libxml2, ICU) sit behind their own small Swift modules that
/// do not import Foundation (see docs/architecture.md for why).
let package = Package(
    name: "xunshi",
    products: [
        .executable(name: "xunshi", targets: ["xunshi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // C shims over system libraries.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        // One compiler builtin (prefetch) that Swift does not expose; no library behind it.
        .systemLibrary(name: "CPrefetch"),

        // Swift wrappers; each is the only importer of its C module.
        .target(name: "Curses", dependencies: ["CNCursesW"]),
        .target(name: "HTMLText", dependencies: ["CLibXML2"]),
        .target(name: "WordBreak", dependencies: ["CICU"]),
        .target(name: "MemoryHints", dependencies: ["CPrefetch"]),

        // The document store: loading, extraction, search, statistics. Never imports curses.
        .target(
            name: "Corpus",
            dependencies: ["HTMLText", "WordBreak", "MemoryHints", .product(name: "Yams", package: "Yams")],
            exclude: ["Resources/LICENSE-gazetteer", "Resources/README-gazetteer.md",
                      "Resources/LICENSE-pinyin-readings", "Resources/README-pinyin-readings.md"],
            resources: [
                .embedInCode("Resources/adcodes.csv"),
                .embedInCode("Resources/56_nations.csv"),
                .embedInCode("Resources/pinyin-readings.txt"),
            ]
        ),

        // App state, key table and panes; draws through Curses.
        .target(name: "Browser", dependencies: ["Curses", "Corpus"]),

        .executableTarget(
            name: "xunshi",
            dependencies: ["Browser", "Corpus", "Curses", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer); an ordinary build replays files.
        .executableTarget(name: "XunshiFuzz", dependencies: ["Corpus"]),

        // Shared test helpers.
        .target(name: "XunshiTestSupport", dependencies: ["Curses", "Corpus", "Browser"], path: "Tests/XunshiTestSupport"),

        .testTarget(name: "CursesTests", dependencies: ["Curses", "XunshiTestSupport"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "XunshiTestSupport"]),
        .testTarget(name: "SearchTests", dependencies: ["Corpus", "MemoryHints", "XunshiTestSupport"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Corpus", "XunshiTestSupport"]),
        .testTarget(
            name: "BrowserTests", dependencies: ["Browser", "Curses", "Corpus", "XunshiTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["XunshiTestSupport"]),
    ]
)
