@testable import DriftAlignStore
import DriftAlignTestSupport
import Foundation
import Testing

/// The schema stays portable to PostgreSQL and docs/STORE.md describes it.
@Suite struct StoreSchemaTests {
    static let portableTypes: Set<String> = ["INTEGER", "TEXT", "BLOB", "DOUBLE"]

    @Test func onlyPortableConstructs() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let statements = try store.schemaSQL()
        #expect(statements.count >= 10)
        for sql in statements {
            let upper = sql.uppercased()
            for banned in ["AUTOINCREMENT", "WITHOUT ROWID", "STRICT", "TRIGGER", "VIEW", "GENERATED", "COLLATE", " WHERE ",
                           "INSERT OR", "JSON_", "DATETIME(", "STRFTIME"] {
                #expect(!upper.contains(banned), "\(banned) in: \(sql)")
            }
            guard upper.hasPrefix("CREATE TABLE") else { continue }
            #expect(upper.contains("PRIMARY KEY"), "every table has an explicit key: \(sql)")
            // Column lines: name TYPE …
            for line in sql.split(separator: "\n").dropFirst() {
                let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                guard words.count >= 2, !["PRIMARY", "FOREIGN", "REFERENCES", "CONSTRAINT", ")", ");"].contains(words[0].uppercased()) else { continue }
                #expect(Self.portableTypes.contains(words[1].uppercased()), "type \(words[1]) of \(words[0])")
            }
        }
    }

    @Test func docsDescribeEveryTableAndColumn() throws {
        let doc = try TestPaths.read(TestPaths.repo("docs/STORE.md"))
        for sql in [StoreSchema.v1, StoreSchema.v2, StoreSchema.v3] {
            for line in sql.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                if words.first == "CREATE", words.count > 2, words[1] == "TABLE" {
                    #expect(doc.contains("`\(words[2])`"), "docs/STORE.md names table \(words[2])")
                } else if let name = words.first, words.count >= 2, Self.portableTypes.contains(words[1].uppercased()) {
                    #expect(doc.contains(name), "docs/STORE.md names column \(name)")
                }
            }
        }
        for version in StoreSchema.versions { #expect(doc.contains(version), "docs/STORE.md lists migration \(version)") }
    }
}
