import DriftAlignCore
import Foundation

/// Whether the speaker a French article names for some words is someone other than an original's
/// issuer: the attribution check's comparison (names across scripts with tolerance, roles such as
/// "le président américain", affiliates such as "le Kremlin" for Peskov), offered to the quote
/// miner so that words the article gives to Zelensky are not taken for a loose translation of a
/// post by Trump (`QuoteMiner.otherSpeaker`).
///
/// Thread-safe: calls are serialized (the name keys' ICU transliterator is not thread-safe).
public final class SpeakerMatcher: @unchecked Sendable {
    private let names = NameKeyMaker()
    private let lock = NSLock()

    public init() {}

    /// True when `speaker` clearly names someone else than every one of `issuerNames` (an
    /// original's author and the names the press gives its source) and `originalText` (the
    /// candidate original sentence) does not report the speaker's words either: a readout that
    /// says "President Zelensky thanked…" is a fair source of words the French gives to Zelensky,
    /// a post that will "call President Zelenskyy to inform him" is not.
    /// A speaker that names nobody ("il", "on"), a misspelling of the author ("Trumpf") or an
    /// original with no known issuer is not someone else.
    public func isSomeoneElse(speaker: String, issuerNames: [String], originalText: String) -> Bool {
        let issuers = issuerNames.filter { !$0.isEmpty }
        guard !issuers.isEmpty else { return false }
        lock.lock()
        defer { lock.unlock() }
        for issuer in issuers {
            guard AttributionCheck.relation(speaker: speaker, author: issuer, names: names) == .different else { return false }
        }
        return !AttributionCheck.reportsWords(of: speaker, in: WordTokenizer.tokenize(originalText), names: names)
    }

    /// English reporting verbs in the forms a readout or a post uses for someone's words.
    static let englishReporting: Set<String> = [
        "said", "says", "stated", "states", "told", "tells", "noted", "notes", "stressed", "stresses", "emphasized",
        "emphasised", "emphasizes", "expressed", "expresses", "added", "adds", "underlined", "underscored", "warned",
        "replied", "confirmed", "declared", "thanked", "informed", "reiterated", "welcomed", "agreed", "proposed",
        "suggested", "asked", "explained", "insisted", "assured", "wants", "wanted", "believes", "thinks",
    ]
    /// Russian reporting verbs, by the stem of their past and present forms (сказал, сказала…).
    static let russianReporting = [
        "сказал", "заявил", "отметил", "подчеркнул", "выразил", "сообщил", "добавил", "указал", "предложил",
        "поблагодарил", "высказал", "согласил", "заверил", "проинформировал", "информировал", "пояснил", "напомнил",
        "призвал", "считает", "полагает", "говорит",
    ]

    static func isReportingVerb(_ lower: String) -> Bool {
        englishReporting.contains(lower) || russianReporting.contains { lower.hasPrefix($0) }
    }
}
