/// Ways the French press names a speaker by role ("le président américain", "le porte-parole du
/// Kremlin"), and which people and institutions may speak for whom.
///
/// The attribution check uses it to accept "le président américain" for a post by Donald J.
/// Trump, and "le Kremlin" for a readout by the Kremlin or words of its spokesman. Roles are those
/// held at the time of the seed articles (2025); update when office-holders change.
enum SpeakerRoles {
    /// French (and English, Russian) role phrases, lower-cased, to the concept ids of ``Exonyms``.
    static let roles: [(phrase: String, ids: Set<String>)] = [
        ("président américain", ["trump"]), ("président des états-unis", ["trump"]), ("dirigeant américain", ["trump"]),
        ("locataire de la maison-blanche", ["trump"]), ("locataire de la maison blanche", ["trump"]),
        ("milliardaire républicain", ["trump"]), ("chef de l'état américain", ["trump"]), ("chef d'état américain", ["trump"]),
        ("successeur de joe biden", ["trump"]), ("us president", ["trump"]), ("american president", ["trump"]),
        ("président républicain", ["trump"]), ("magnat de l'immobilier", ["trump"]),
        ("chef de la maison-blanche", ["trump"]), ("chef de la maison blanche", ["trump"]),
        ("vice-président américain", ["vance"]), ("us vice president", ["vance"]),
        ("président russe", ["putin"]), ("chef du kremlin", ["putin"]), ("maître du kremlin", ["putin"]), ("locataire du kremlin", ["putin"]),
        ("dirigeant russe", ["putin"]), ("président de la russie", ["putin"]), ("chef de l'état russe", ["putin"]),
        ("russian president", ["putin"]), ("президент россии", ["putin"]), ("российский лидер", ["putin"]),
        ("porte-parole du kremlin", ["peskov"]), ("porte-parole de la présidence russe", ["peskov"]), ("kremlin spokesman", ["peskov"]), ("пресс-секретарь президента", ["peskov"]),
        ("président ukrainien", ["zelensky"]), ("dirigeant ukrainien", ["zelensky"]), ("chef de l'état ukrainien", ["zelensky"]),
        ("porte-parole de la maison-blanche", ["leavitt"]), ("porte-parole de la maison blanche", ["leavitt"]),
        ("chef de la diplomatie russe", ["lavrov"]), ("ministre russe des affaires étrangères", ["lavrov"]),
        ("chef de la diplomatie américaine", ["rubio"]), ("secrétaire d'état", ["rubio"]),
        ("émissaire américain", ["witkoff"]), ("envoyé spécial", ["witkoff"]), ("envoyé américain", ["witkoff"]),
        ("président français", ["macron"]), ("chef de l'état français", ["macron"]),
        // A delegation or government as a party to talks: «la partie russe a souligné» (seed 000,
        // after the Kremlin readout's «российская сторона»), «côté américain».
        ("partie russe", ["russia"]), ("côté russe", ["russia"]), ("russian side", ["russia"]),
        ("partie américaine", ["usa"]), ("côté américain", ["usa"]), ("american side", ["usa"]),
        ("partie ukrainienne", ["ukraine"]), ("côté ukrainien", ["ukraine"]), ("ukrainian side", ["ukraine"]),
        // An institution by what it houses: "more than most White Houses do in 500 days" / «la
        // plupart des administrations» (a Truth Social post of 24 March 2025), «la présidence russe».
        ("administration", ["whitehouse"]), ("exécutif américain", ["whitehouse"]),
        ("présidence russe", ["kremlin"]), ("présidence américaine", ["whitehouse"]),
    ]

    /// The holders (concept ids) of the roles a lower-cased, folded text names, by the longest
    /// phrases found: «le vice-président américain» holds «président américain» and is Vance alone.
    static func holders(in lower: String) -> Set<String> {
        let found = roles.filter { lower.contains($0.phrase) }
        return found.filter { r in !found.contains { $0.phrase.count > r.phrase.count && $0.phrase.contains(r.phrase) } }
            .reduce(into: Set<String>()) { $0.formUnion($1.ids) }
    }

    /// Who may speak for whom: an institution's readout may be given to its head or spokesman,
    /// and the reverse; the words of a head of state or of his spokesman to his country or
    /// capital («Moscou a répondu», «la partie russe», «Washington») as the press writes them.
    static let affiliates: [String: Set<String>] = [
        "kremlin": ["putin", "peskov", "ushakov", "moscow", "russia"],
        "putin": ["kremlin", "moscow", "russia"], "peskov": ["kremlin", "moscow", "russia"], "ushakov": ["kremlin", "moscow", "russia"],
        "whitehouse": ["trump", "leavitt", "washington", "usa"],
        "trump": ["whitehouse", "washington", "usa"], "leavitt": ["whitehouse", "washington", "usa"],
    ]
}
