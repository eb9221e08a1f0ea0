// swift-tools-version:6.0
// DriftAlign: align French translations with their English/Russian originals and report drift.
//
// Layers, one direction of dependency (see ../shared/STYLE.md):
//   CICU/CICUShim, CLibXML2/CHTMLShim  →  DriftAlignCore  →  DriftAlignSources (plugin API)
//   →  Plugins/<Name>Source  →  DriftAlignRegistry (wiring)  →  driftalign (CLI)
//
// Adding a source type means adding one folder under `Plugins/`, its name in `pluginNames` below
// and one line in the registry list; nothing in the core changes.
import PackageDescription

// Source plugins: one folder each under `Plugins/<Name>Source/`, depending on the plugin API only.
// Listed by hand (a manifest that lists folders itself is cached by SwiftPM and goes stale);
// a test checks that this list, the folders and the registry agree.
let pluginNames = [
    "FrenchPressSource",
    "KremlinSource",
    "PlainTextSource",
    "TruthSocialSource",
    "WhiteHouseSource",
]

let pluginTargets: [Target] = pluginNames.map { name in
    .target(name: name, dependencies: ["DriftAlignSources"], path: "Plugins/\(name)")
}

let package = Package(
    name: "DriftAlign",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "driftalign", targets: ["driftalign"]),
        .library(name: "DriftAlignCore", targets: ["DriftAlignCore"]),
        .library(name: "DriftAlignSources", targets: ["DriftAlignSources"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // System ICU (Debian libicu-dev). Only CICUShim sees its headers.
        .systemLibrary(
            name: "CICU",
            path: "Sources/CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "CICUShim", dependencies: ["CICU"], path: "Sources/CICUShim"),
        // System libxml2 (Debian libxml2-dev), for its forgiving HTML parser and its XML parser (feeds,
        // with options Foundation's XMLParser cannot set). Only CHTMLShim sees it.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CHTMLShim", dependencies: ["CLibXML2"], path: "Sources/CHTMLShim"),

        // HTTP GET for `fetch` through the system's libcurl, loaded at run time (no FoundationNetworking).
        .target(name: "CCurlShim", path: "Sources/CCurlShim", linkerSettings: [.linkedLibrary("dl")]),
        // bfloat16 matrix products (AVX512-BF16 where the CPU has it), for the encoder.
        .target(name: "CBFloat16", path: "Sources/CBFloat16", cSettings: [.unsafeFlags(["-O2"])]),

        .target(name: "DriftAlignCore", dependencies: ["CICUShim"]),
        .target(name: "DriftAlignSources", dependencies: ["DriftAlignCore", "CHTMLShim"]),
        // Sentence encoders: SentencePiece tokenizer, USE-m forward pass, lexical fallback.
        .target(name: "DriftAlignEncoder", dependencies: ["DriftAlignCore", "CBFloat16"]),
        // Monotonic alignment, quote mining, alignment evaluation.
        .target(name: "DriftAlignAligner", dependencies: ["DriftAlignCore", "DriftAlignEncoder"]),
        // Drift findings per link and per document.
        .target(name: "DriftAlignDrift", dependencies: ["DriftAlignCore", "DriftAlignEncoder"]),
        // Writers: HTML, Markdown, JSON, TSV, TMX, links.
        .target(name: "DriftAlignReport", dependencies: ["DriftAlignCore", "DriftAlignAligner", "DriftAlignDrift"]),
        // The embedded corpus store (SQLite through GRDB): documents, sentences, embeddings, runs.
        .target(name: "DriftAlignStore", dependencies: ["DriftAlignCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "DriftAlignRegistry",
            dependencies: ["DriftAlignSources"] + pluginNames.map { .target(name: $0) }
        ),
        .executableTarget(
            name: "driftalign",
            dependencies: [
                "DriftAlignRegistry",
                "DriftAlignEncoder",
                "DriftAlignAligner",
                "DriftAlignDrift",
                "DriftAlignReport",
                "DriftAlignStore",
                "CCurlShim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Shared helpers for tests (fixture paths, the built CLI, ../shared).
        .target(name: "DriftAlignTestSupport", dependencies: ["DriftAlignCore", "DriftAlignEncoder"], path: "Tests/DriftAlignTestSupport"),
        .testTarget(name: "DriftAlignCoreTests", dependencies: ["DriftAlignCore", "DriftAlignTestSupport"]),
        .testTarget(
            name: "DriftAlignSourcesTests",
            dependencies: ["DriftAlignRegistry", "DriftAlignTestSupport"] + pluginNames.map { .target(name: $0) }
        ),
        .testTarget(name: "DriftAlignEncoderTests", dependencies: ["DriftAlignEncoder", "CBFloat16", "DriftAlignTestSupport"]),
        .testTarget(name: "DriftAlignAlignerTests", dependencies: ["DriftAlignAligner", "DriftAlignDrift", "DriftAlignRegistry", "DriftAlignTestSupport"]),
        .testTarget(name: "DriftAlignDriftTests", dependencies: ["DriftAlignDrift", "DriftAlignTestSupport"]),
        .testTarget(name: "DriftAlignReportTests", dependencies: ["DriftAlignReport", "DriftAlignTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "DriftAlignStoreTests", dependencies: ["DriftAlignStore", "DriftAlignTestSupport"]),
        .testTarget(name: "DriftAlignCLITests", dependencies: ["DriftAlignTestSupport"]),
    ] + pluginTargets
)
