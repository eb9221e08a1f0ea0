/// Known wrong senses: words that machine translation of Kremlin and White House readouts renders
/// with the wrong meaning of an ambiguous French word, e.g. "удары" (strikes, attacks) as
/// "grèves" (labour strikes), "дал … команду" (gave the order) as "l'équipe" (the team).
///
/// The meaning check reports them. Hand-made from the seed articles (the 19 March 2025 readout
/// translation); each entry says what the original means so the editor can fix it.
enum SenseErrors {
    struct Entry: Sendable {
        var sourceLanguage: String
        /// Stems of the source word (Cyrillic stems match a word starting with them).
        var source: [String]
        /// Stems one of which must also be in the source sentence (the context that fixes the sense), if any.
        var context: [String]
        var targetLanguage: String
        /// Translation words that carry the wrong sense.
        var wrong: Set<String>
        /// What the source word means here, for the message.
        var meaning: String
    }

    static let entries: [Entry] = [
        Entry(sourceLanguage: "ru", source: ["удар"], context: [], targetLanguage: "fr", wrong: ["grève", "grèves"],
              meaning: "military strikes (frappes), not labour strikes"),
        Entry(sourceLanguage: "ru", source: ["команд"], context: ["дал", "отдал", "даст", "дать"], targetLanguage: "fr",
              wrong: ["équipe", "équipes"], meaning: "an order (ordre), not a team"),
        Entry(sourceLanguage: "ru", source: ["приказ"], context: [], targetLanguage: "fr", wrong: ["équipe", "commande", "commandes"],
              meaning: "an order (ordre)"),
        Entry(sourceLanguage: "en", source: ["airstrike", "missile", "drone", "energy"], context: ["strike", "strikes"], targetLanguage: "fr",
              wrong: ["grève", "grèves"], meaning: "military strikes (frappes), not labour strikes"),
    ]
}
