// swift-tools-version:6.0
// DriftAlign: align French translations with their English/Russian originals and report drift.
//
// Layers, one direction of dependency (see ../shared/STYLE.md):
//   CICU/CICUShim, CLibXML2/CHTMLShim  →  DriftAlignCore  →  DriftAlignSources (plugin API)
//   →  Plugins/<Name>Source  →  DriftAlignRegistry (wiring)  →  driftalign (CLI)
//
// Source plugins are discovered from the folders under `Plugins/`: a folder named `<Name>Source`
// becomes a library target that depends on the plugin API only. Adding a source type means adding
// one folder (and one line in the registry list); nothing in the core changes.
import Foundation
import PackageDescription

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let pluginNames: [String] = {
    let dir = packageRoot.appendingPathComponent("Plugins").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix("Source") }.sorted()
}()

let pluginTargets: [Target] = pluginNames.map { name in
    .target(
        name: name,
        dependencies: ["DriftAlignSources"],
        path: "Plugins/\(name)",
        exclude: ["README.md"].filter {
            FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("Plugins/\(name)/\($0)").path)
        }
    )
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
        // System libxml2 (Debian libxml2-dev), for its forgiving HTML parser. Only CHTMLShim sees it.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CHTMLShim", dependencies: ["CLibXML2"], path: "Sources/CHTMLShim"),

        .target(name: "DriftAlignCore", dependencies: ["CICUShim"]),
        .target(name: "DriftAlignSources", dependencies: ["DriftAlignCore", "CHTMLShim"]),
        // Sentence encoders: SentencePiece tokenizer, USE-m forward pass, lexical fallback.
        .target(name: "DriftAlignEncoder", dependencies: ["DriftAlignCore"]),
        .target(
            name: "DriftAlignRegistry",
            dependencies: ["DriftAlignSources"] + pluginNames.map { .target(name: $0) }
        ),
        .executableTarget(
            name: "driftalign",
            dependencies: [
                "DriftAlignRegistry",
                "DriftAlignEncoder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Shared helpers for tests (fixture paths, the built CLI, ../shared).
        .target(name: "DriftAlignTestSupport", dependencies: ["DriftAlignCore"], path: "Tests/DriftAlignTestSupport"),
        .testTarget(name: "DriftAlignCoreTests", dependencies: ["DriftAlignCore", "DriftAlignTestSupport"]),
        .testTarget(
            name: "DriftAlignSourcesTests",
            dependencies: ["DriftAlignRegistry", "DriftAlignTestSupport"] + pluginNames.map { .target(name: $0) }
        ),
        .testTarget(name: "DriftAlignEncoderTests", dependencies: ["DriftAlignEncoder", "DriftAlignTestSupport"]),
        .testTarget(name: "DriftAlignCLITests", dependencies: ["DriftAlignTestSupport"]),
    ] + pluginTargets
)
