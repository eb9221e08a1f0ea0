import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import FrenchPressSource
import KremlinSource
import Testing
import WhiteHouseSource

/// Dates the readers take from pages and feeds: out of range means no date, never a wrapped one
/// (kr_bigyear gave "published": "0001-03-18T15:00:00Z").
@Suite struct SourceDatesTests {
    static func iso(_ date: Date?) -> String? { date.map { ISO8601DateFormatter().string(from: $0) } }

    /// A kremlin.ru readout page with the given `time.read__published` and `.read__time`.
    static func kremlinPage(datetime: String, text: String, time: String) throws -> Document {
        let html = #"<!DOCTYPE html><html lang="ru"><head><link rel="canonical" href="http://kremlin.ru/events/president/news/76470"></head><body><article class="read__in"><h1 class="entry-title p-name">Телефонный разговор с Президентом США</h1><time class="read__published" datetime="\#(datetime)">\#(text)</time><div class="read__time">\#(time)</div><div class="read__lead entry-summary p-summary"><p>Лид статьи.</p></div><div class="entry-content e-content read__internal_content"><p>Владимир Путин провёл телефонный разговор с Президентом США.</p></div></article></body></html>"#
        return try KremlinSource().read(InputFile(location: "76470.html", text: html), options: ReadOptions())[0]
    }

    @Test func kremlinPageDateInRangeIsRead() throws {
        #expect(Self.iso(try Self.kremlinPage(datetime: "2025-03-18", text: "18 марта 2025 года", time: "18:00").published) == "2025-03-18T15:00:00Z")
        // An attribute that is no date leaves the date to the text.
        #expect(Self.iso(try Self.kremlinPage(datetime: "2025-99-99T99:99:99+99:99", text: "18 марта 2025 года", time: "18:00").published) == "2025-03-18T15:00:00Z")
    }

    @Test func kremlinPageDateOutOfRangeIsDropped() throws {
        let big = "9223372036854775807"
        for (datetime, text, time) in [(big + "-03-18", "18 марта \(big) года", "18:00"),        // kr_bigyear
                                       ("2025-03-18", "18 марта 2025 года", "\(big):\(big)"),    // kr_bigtime
                                       ("\(big)-\(big)-\(big)", "18 марта \(big) года", "18:00"), // kr_baddt2
                                       ("x", "31 февраля 2025 года", "18:00"),
                                       ("2025-03-18", "18 марта 2025 года", "24:30")] {
            let doc = try Self.kremlinPage(datetime: datetime, text: text, time: time)
            #expect(doc.published == nil, "\(datetime) \(text) \(time) → \(Self.iso(doc.published) ?? "")")
        }
    }

    @Test func kremlinFeedDates() throws {
        func published(_ value: String) throws -> Date? {
            let feed = #"<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Разговор</title><id>http://kremlin.ru/events/president/news/76470</id><published>\#(value)</published><content type="text">Текст.</content></entry></feed>"#
            return try KremlinSource().read(InputFile(location: "feed.xml", text: feed), options: ReadOptions())[0].published
        }
        #expect(Self.iso(try published("2025-03-18T18:00:00+03:00")) == "2025-03-18T15:00:00Z")
        #expect(Self.iso(try published("2025-03-18T18:00:00.500+03:00")) == "2025-03-18T15:00:00Z")
        #expect(Self.iso(try published("2025-03-18T15:00:00Z")) == "2025-03-18T15:00:00Z")
        for bad in ["9223372036854775807-03-18T18:00:00+03:00", "99999-03-18T18:00:00+03:00", "2025-02-30T18:00:00+03:00",
                    "2025-03-18T25:00:00+03:00", "9999999999999-99-99T99:99:99+99:99"] {
            #expect(try published(bad) == nil, "\(bad)")
        }
    }

    @Test func whiteHouseAndFrenchPressDatesOutOfRangeAreDropped() throws {
        let wh = #"<!DOCTYPE html><html lang="en-US"><head><link rel="canonical" href="https://www.whitehouse.gov/briefings-statements/2025/03/readout/"></head><body><main><div class="entry-content"><h1 class="wp-block-whitehouse-topper__headline">Readout</h1><div class="wp-block-post-date"><time datetime="20250-03-18T17:52:04-04:00">March 18, 20250</time></div><p>The President spoke with President Putin.</p></div></main></body></html>"#
        let post = try WhiteHouseSource().read(InputFile(location: "readout.html", text: wh), options: ReadOptions())[0]
        #expect(post.published == nil)
        let article = #"<!doctype html><html lang="fr"><head><meta property="article:published_time" content="9223372036854775807-02-12T21:30:00+01:00"></head><body><article><h1>Titre</h1><p>Le président a parlé.</p></article></body></html>"#
        let doc = try FrenchPressSource().read(InputFile(location: "article.html", text: article), options: ReadOptions())[0]
        #expect(doc.published == nil)
        let valid = article.replacingOccurrences(of: "9223372036854775807-02-12", with: "2025-02-12")
        #expect(Self.iso(try FrenchPressSource().read(InputFile(location: "article.html", text: valid), options: ReadOptions())[0].published) == "2025-02-12T20:30:00Z")
    }
}
