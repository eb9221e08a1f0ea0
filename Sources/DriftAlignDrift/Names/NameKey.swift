/// Spelling-independent keys for comparing a name across scripts and press conventions.
///
/// "Песков" → BGN "peskov" = "Peskov"; "Poutine" and "Путин" meet on the consonant skeleton
/// "ptn"; "Whitoff" and "Witkoff" differ by one consonant class, which the name check reports as
/// a misspelling. The skeletons are in the spirit of Soundex (Russell 1918) and Metaphone
/// (Philips 1990), reduced to what transliteration between English, French and Russian varies:
/// vowels, doubled letters, digraphs (kh/h, sh/ch, zh/j/dj), c/k/q, w/v, x/ks.
struct NameKey: Sendable, Equatable {
    /// Lower-case ASCII letters after transliteration ("vasilyev").
    var latin: String
    /// First letter, then consonants with digraphs unified and doubles collapsed ("vslv").
    var skeleton: String
    /// ``skeleton`` with consonants reduced to classes (labials, dentals, velars, sibilants,
    /// nasals), for the tolerance that spots misspellings.
    var coarse: String
    /// Written in Cyrillic.
    var cyrillic: Bool
    /// The spelling as written, then its readings with sounds spelled another way inside the name
    /// (``NameRelation/cyrillicSoundVariants(_:)``, ``NameRelation/latinSoundVariants(_:)``),
    /// normalized once here rather than at every comparison.
    var spellings: [Spelling]
    /// A Cyrillic name starting with Г read with the "h" it renders ("Гонконг" / Hong Kong), tried
    /// only against Latin names that start with "h".
    var hSpelling: Spelling?

    init(latin: String, cyrillic: Bool) {
        self.latin = latin
        self.cyrillic = cyrillic
        let unified = Self.unify(latin)
        skeleton = Self.consonants(unified)
        coarse = String(skeleton.map(Self.coarseClass))
        let plain = Spelling(latin: latin, unified: unified, skeleton: skeleton)
        let variants = cyrillic ? NameRelation.cyrillicSoundVariants(latin) : NameRelation.latinSoundVariants(latin)
        spellings = [plain] + variants.dropFirst().map(Spelling.init)
        hSpelling = cyrillic && latin.hasPrefix("g") ? Spelling("h" + latin.dropFirst()) : nil
    }

    /// One spelling of a name with its unified letters and consonant skeleton.
    struct Spelling: Sendable, Equatable {
        var latin: String
        var unified: String
        var skeleton: String

        init(latin: String, unified: String, skeleton: String) {
            self.latin = latin
            self.unified = unified
            self.skeleton = skeleton
        }

        init(_ latin: String) {
            let unified = NameKey.unify(latin)
            self.init(latin: latin, unified: unified, skeleton: NameKey.consonants(unified))
        }

        /// Whether a rewritten spelling meets another as a whole: the letters agree exactly, or up
        /// to spelling variants (w/v, y/i, doubles: "Гавайях" havay / Hawaii), or the consonant
        /// skeletons of names of three consonants or more do. Skeletons, not consonant classes: a
        /// rewritten spelling plus class tolerance made "region" (redzhion, r-S-N) meet
        /// "Рязан(ской)" (r-S-N).
        func meets(_ other: Spelling) -> Bool {
            (latin == other.latin && latin.count >= 2) || (latin.count >= 4 && unified == other.unified)
                || (min(skeleton.count, other.skeleton.count) >= 3 && skeleton == other.skeleton)
        }
    }

    /// Digraphs to one symbol each (upper-case markers: S = sh, C = ch, J = zh/dzh/j, Z = ts),
    /// other spelling variants to one letter, doubled letters collapsed.
    static func unify(_ s: String) -> String {
        var t = s
        for (a, b) in digraphs { t = t.replacingOccurrences(of: a, with: b) }
        var out = ""
        var prev: Character? = nil
        for ch in t {
            var c = ch
            if c == "c" { c = "k" }           // c before e/i was handled in the digraph table
            if c == "q" { c = "k" }
            if c == "w" { c = "v" }
            if c == "y" { c = "i" }
            if c == "j" { c = "J" }
            if c == prev { continue }
            out.append(c)
            prev = c
        }
        return out
    }

    static let digraphs: [(String, String)] = [
        ("shch", "S"), ("sch", "S"), ("sh", "S"), ("tch", "C"), ("ch", "C"), ("dzh", "J"), ("dj", "J"),
        ("zh", "J"), ("kh", "k"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("gh", "g"), ("ts", "Z"), ("tz", "Z"),
        ("x", "ks"), ("ou", "u"), ("ce", "se"), ("ci", "si"), ("cy", "si"), ("ye", "e"), ("yo", "o"),
    ]

    static func consonants(_ s: String) -> String {
        guard let first = s.first else { return "" }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "h"]
        var out = String(first == "h" ? "" : String(first))
        var prev: Character? = out.last
        for c in s.dropFirst() where !vowels.contains(c) {
            if c == prev { continue }
            out.append(c)
            prev = c
        }
        return out
    }

    static func coarseClass(_ c: Character) -> Character {
        switch c {
        case "b", "p", "f", "v": return "P"
        case "d", "t": return "T"
        case "g", "k": return "K"
        case "s", "z", "S", "C", "J", "Z": return "S"
        case "m", "n": return "N"
        default: return c
        }
    }

    /// Levenshtein distance, for short keys.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}

/// How two name forms relate.
enum NameRelation: Int, Comparable, Sendable {
    case different = 0
    /// Close enough to be the same name written wrongly ("Whitoff" for "Witkoff").
    case misspelled = 1
    /// The same name (identical, a known exonym, or a transliteration variant).
    case same = 2

    static func < (a: NameRelation, b: NameRelation) -> Bool { a.rawValue < b.rawValue }

    /// Compares two keys. Across scripts a one-class difference is transliteration noise; within
    /// one script it is a misspelling; and Russian's own renderings of a foreign first letter are
    /// tried too (``russianRenderings(cyrillic:latin:)``).
    static func between(_ a: NameKey, _ b: NameKey) -> NameRelation {
        let direct = compare(a, b)
        guard direct != .same, a.cyrillic != b.cyrillic else { return direct }
        let (cyr, lat) = a.cyrillic ? (a, b) : (b, a)
        // Only names that do not meet at all try the first letter's renderings: a near miss
        // stays a misspelling ("Whitoff" for "Уиткофф", which reads Witkoff). The rendering
        // undone, the keys must agree exactly (letters, skeleton or consonant classes): the
        // tolerance for transliteration noise was spent on the first letter.
        if direct == .different {
            for (c, l) in russianRenderings(cyrillic: cyr, latin: lat) {
                if c.latin == l.latin || c.skeleton == l.skeleton || c.coarse == l.coarse { return .same }
                // …or as whole spellings, either name read another way too ("Jovanovic" without
                // its J, read with the "ch" of -ić, is «Йованович» without its Й; «Йоханесбург»
                // without its Й, its Х read "h", is Johannesburg without its J).
                if c.spellings.contains(where: { cs in l.spellings.contains { cs.meets($0) } }) { return .same }
            }
        }
        // Sounds written differently inside the name, as whole spellings (near misses too: "Эхуд"
        // ekhud is Ehud, not a misspelling of it; ``NameKey/Spelling/meets(_:)``). The two plain
        // spellings were compared above.
        let cyrillicSpellings = cyr.spellings + (lat.latin.hasPrefix("h") ? cyr.hSpelling.map { [$0] } ?? [] : [])
        for (x, c) in cyrillicSpellings.enumerated() {
            for (y, l) in lat.spellings.enumerated() where (x > 0 || y > 0) && c.meets(l) { return .same }
        }
        return direct
    }

    /// A Cyrillic name's transliteration as written (BGN), and with "kh" (Х) read as the "h" it
    /// renders inside foreign names: "Эхуд" ekhud / Ehud, "Мадхья" / Madhya, "Сахель" / Sahel,
    /// "Синьхуа" / Xinhua. (BGN's "kh" is Russian's own sound; the press writes it "kh" in Russian
    /// names, which the plain key keeps.) Г read as "h" is ``NameKey/hSpelling``.
    static func cyrillicSoundVariants(_ cyrillic: String) -> [String] {
        cyrillic.contains("kh") ? [cyrillic, cyrillic.replacingOccurrences(of: "kh", with: "h")] : [cyrillic]
    }

    /// A Latin name as written and as Russian hears it, for the spellings whose letters say
    /// another sound than English reads: "ch" as in German and Greek names (Michael / Михаэль,
    /// Christopher / Кристофер — tried as "kh" and "k"), "g" before e/i/y as "dzh" (Paget /
    /// Педжет), "ng" before a consonant as "n" (Hongkong / Гонконг), and Hanyu Pinyin, which Russian
    /// renders by the Palladius system: x as "s" (Xinhua / Синьхуа), j as "tsz" (Jin / Цзинь),
    /// q as "ts" (Qing / Цин), zh as "chzh" (Zhou / Чжоу), two English vowels (below), and
    /// Japanese Hepburn by the Polivanov system (``polivanov(_:)``). Each is an alternative
    /// reading; the plain spelling is tried first.
    static func latinSoundVariants(_ latin: String) -> [String] {
        var out = [latin]
        func add(_ s: String) { if !out.contains(s) { out.append(s) } }
        var chReadings: [String] = []
        if latin.contains("ch") {
            chReadings = [latin.replacingOccurrences(of: "ch", with: "kh"), latin.replacingOccurrences(of: "ch", with: "k")]
            chReadings.forEach(add)
        }
        let letters = Array(latin)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        func softened(_ letters: [Character]) -> String {
            var soft = ""
            for (k, ch) in letters.enumerated() {
                let next = k + 1 < letters.count ? letters[k + 1] : nil
                soft += ch == "g" && next.map({ ["e", "i", "y"].contains($0) }) == true ? "dzh" : String(ch)
            }
            return soft
        }
        var nasal = ""
        for (k, ch) in letters.enumerated() {
            let next = k + 1 < letters.count ? letters[k + 1] : nil
            nasal += ch == "g" && k > 0 && letters[k - 1] == "n" && next.map({ !vowels.contains($0) }) == true ? "" : String(ch)
        }
        add(softened(letters))
        // Both at once: "Anchorage" / «Анкоридж» (the "ch" a К, the "ge" a ДЖ).
        for c in chReadings where c.contains("g") { add(softened(Array(c))) }
        add(nasal)
        // Pinyin's x, j, q and zh start syllables; a whole-word rewrite is enough for names of one
        // to three syllables. Its final "ng" Palladius writes "н" (Jinping / Цзиньпин).
        var pinyin = ""
        var k = 0
        while k < letters.count {
            let ch = letters[k]
            if ch == "z", k + 1 < letters.count, letters[k + 1] == "h" { pinyin += "chzh"; k += 2; continue }
            if ch == "g", k > 0, letters[k - 1] == "n", k + 1 == letters.count || !vowels.contains(letters[k + 1]) { k += 1; continue }
            switch ch {
            case "x": pinyin += "s"
            case "j": pinyin += "tsz"
            case "q": pinyin += "ts"
            default: pinyin.append(ch)
            }
            k += 1
        }
        add(pinyin)
        // English vowels Russian writes by their sound: a final "a…e" says "ei" (Hale / Хейл,
        // Blake / Блейк), "all" says "oll" (Hall / Холл, Wall / Уолл). Not "i" (Hill stays apart
        // from Хейл).
        if letters.count >= 3, letters[letters.count - 1] == "e", letters[letters.count - 3] == "a",
           !vowels.contains(letters[letters.count - 2]) {
            add(String(letters.dropLast(3)) + "ei" + String(letters[letters.count - 2]))
        }
        // …a final "i…e" says "ai" (White / Уайт, Mike / Майк, Nike / Найк), and an initial
        // "wh" is the "w" Russian writes У («Уайт»).
        if letters.count >= 4, letters[letters.count - 1] == "e", letters[letters.count - 3] == "i",
           !vowels.contains(letters[letters.count - 2]) {
            var stem = String(letters.dropLast(3))
            if stem.hasPrefix("wh") { stem = "w" + stem.dropFirst(2) }
            add(stem + "ay" + String(letters[letters.count - 2]))
        }
        if latin.contains("all") { add(latin.replacingOccurrences(of: "all", with: "oll")) }
        // …and "alk" says "ok", its "l" silent (Walker / Уокер).
        if latin.contains("alk") { add(latin.replacingOccurrences(of: "alk", with: "ok")) }
        add(polivanov(letters))
        // South Slavic surnames in -ić, their diacritics dropped by the English press ("Jovanovic",
        // "Vucic"): every "c" not in "ch"/"ck" is the "ch" Russian writes («Йованович», «Вучич»).
        if latin.count >= 5, latin.hasSuffix("ic") {
            var slavic = ""
            for (k, ch) in letters.enumerated() {
                let next = k + 1 < letters.count ? letters[k + 1] : nil
                slavic += ch == "c" && next != "h" && next != "k" ? "ch" : String(ch)
            }
            add(slavic)
        }
        // Greek and Latin names as Russian writes them (after the Byzantine reading): theta as Ф
        // ("Theodosius" / «Феодосий», "Martha" / «Марфа»), the Latin ending -us dropped
        // ("Herodotus" / «Геродот», "Dionysus" / «Дионис») and -ius written -ий ("Theodosius",
        // "Antonius" / «Антоний»), in names of six letters or more. Whole-word readings, tried
        // after the others.
        var classical: [String] = []
        if latin.hasSuffix("ius"), latin.count >= 6 { classical.append(String(latin.dropLast(3)) + "iy") }
        else if latin.hasSuffix("us"), latin.count >= 6 { classical.append(String(latin.dropLast(2))) }
        for c in [latin] + classical where c.contains("th") { classical.append(c.replacingOccurrences(of: "th", with: "f")) }
        for c in classical { add(c) }
        add(french(letters))
        return out
    }

    /// A French name as Russian writes it, by its sound (Russian practical transcription of
    /// French): a silent initial "h" and final consonant or «e» dropped ("Hollande" / «Олланд»,
    /// "Barrot" / «Барро», "Georges" / «Жорж»), "j" and "g" before e/i/y as Ж (a mute «e» after
    /// "g" dropped: "Georges"), "ch" as Ш, "qu" as К, "c" before e/i/y as С, "gu" before e/i as Г,
    /// "gn" as Нь, "eau"/"au" as О, "oi" as Уа ("François" / «Франсуа»), "ai"/"ei" as Э,
    /// "ieu" and a final "ier" as ЬЕ ("Richelieu" / «Ришелье», "Barnier" / «Барнье»), "eu" as Е,
    /// "ill" after a consonant as Ий ("Guillaume" / «Гийом»), a single "s" between vowels as З
    /// ("Toulouse" / «Тулуза»); and French transcription of Russian back: an initial «Ie» as Е
    /// ("Iermak" / «Ермак»). A whole-word reading, tried after the others; «ç» is read as "s" by
    /// ``NameKeyMaker`` before the accents are dropped.
    static func french(_ letters: [Character]) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        let w = letters
        // The mute ending is found on the letters and left unsaid, but the letters before it are
        // still read with it in view ("Georges": its last "g" is soft): a final "es" or «e» after
        // a consonant ("Hollande", whose "d" is then heard), else a final t, d, s, x or z.
        // (The "u" of "qu", "gu" is no vowel: "Jacques", "Monique".)
        func consonant(_ i: Int) -> Bool { !vowels.contains(w[i]) || (w[i] == "u" && i > 0 && ["q", "g"].contains(w[i - 1])) }
        var end = w.count
        if w.count >= 4, w.suffix(2) == ["e", "s"], consonant(w.count - 3) { end -= 2 }
        else if w.count >= 4, w.last == "e", consonant(w.count - 2) { end -= 1 }
        else if w.count >= 4, let last = w.last, ["t", "d", "s", "x", "z"].contains(last) { end -= 1 }
        var out = ""
        var k = w.first == "h" ? 1 : 0
        func at(_ i: Int) -> Character? { i < w.count ? w[i] : nil }
        func starts(_ s: String) -> Bool { Array(s).enumerated().allSatisfy { at(k + $0.offset) == $0.element } }
        while k < end {
            let ch = w[k], next = at(k + 1)
            // An initial «Ie» is the French spelling of a Russian or Ukrainian initial Е, Є, which
            // BGN writes "ye" («Iermak» / «Ермак», «Ievgueni» / «Евгений», «Iekaterina» /
            // «Екатерина»; «Iouri», «Iaroslav» already meet «Юрий», «Ярослав» letter for letter).
            if k == 0, starts("ie"), w.count >= 4 { out += "ye"; k += 2; continue }
            // A final "ier" says ЬЕ ("Barnier" / «Барнье»), "er" after Ж or Ш says Е ("Roger" / «Роже»).
            if k + 3 == w.count, starts("ier") { out += "ye"; break }
            if k + 2 == w.count, starts("er"), out.hasSuffix("zh") || out.hasSuffix("sh") { out += "e"; break }
            if starts("eau") { out += "o"; k += 3; continue }
            if starts("ieu") { out += "ye"; k += 3; continue }
            if starts("ill"), k > 0, !vowels.contains(w[k - 1]) || w[k - 1] == "u" { out += "iy"; k += 3; continue }
            if starts("cqu") { out += "k"; k += 3; continue }
            if starts("qu") { out += "k"; k += 2; continue }
            if starts("au") { out += "o"; k += 2; continue }
            if starts("oi") { out += "ua"; k += 2; continue }
            if starts("ai") || starts("ei") { out += "e"; k += 2; continue }
            if starts("eu") { out += "e"; k += 2; continue }
            if starts("ou") { out += "u"; k += 2; continue }
            if starts("ch") { out += "sh"; k += 2; continue }
            if starts("gn") { out += "n"; k += 2; continue }
            if starts("ph") { out += "f"; k += 2; continue }
            if starts("th") { out += "t"; k += 2; continue }
            if ch == "g", next == "u", let v = at(k + 2), ["e", "i", "y"].contains(v) { out += "g"; k += 2; continue }
            if ch == "g", next == "e", let v = at(k + 2), ["a", "o", "u"].contains(v) { out += "zh"; k += 2; continue }
            if ch == "g", let v = next, ["e", "i", "y"].contains(v) { out += "zh"; k += 1; continue }
            if ch == "j" { out += "zh"; k += 1; continue }
            if ch == "c", let v = next, ["e", "i", "y"].contains(v) { out += "s"; k += 1; continue }
            if ch == "s", next != "s", k > 0, vowels.contains(w[k - 1]), let v = next, vowels.contains(v) { out += "z"; k += 1; continue }
            if ch == "y", k == 0 || !vowels.contains(w[k - 1]) { out += "i"; k += 1; continue }
            out.append(ch)
            k += 1
        }
        return out
    }

    /// Japanese names in Hepburn romanization as Russian writes them, by Polivanov's system:
    /// "shi" Си, "chi" Ти, "ji" Дзи, "sh", "ch", "j" before another vowel as С, Т, Дз softened
    /// ("sho" Сё), "z" as Дз, "e" as Э (BGN "e"): Ishiba / Исиба, Fukushima / Фукусима, Shika /
    /// Сика, Kishida / Кисида, Shinzo / Синдзо. A whole-word reading, tried after the others.
    static func polivanov(_ letters: [Character]) -> String {
        var out = ""
        var k = 0
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        while k < letters.count {
            let ch = letters[k]
            let next = k + 1 < letters.count ? letters[k + 1] : nil
            if (ch == "s" || ch == "c"), next == "h" {
                let after = k + 2 < letters.count ? letters[k + 2] : nil
                let hard: String = ch == "s" ? "s" : "t"
                if after == "i" { out += hard; k += 2; continue }
                if let v = after, vowels.contains(v) { out += hard + "y"; k += 2; continue }
            }
            if ch == "j", let v = next, vowels.contains(v) { out += v == "i" ? "dz" : "dzy"; k += 1; continue }
            if ch == "z" { out += "dz"; k += 1; continue }
            out.append(ch)
            k += 1
        }
        return out
    }

    /// How Russian writes the first sound of a foreign name, undone so the keys can meet: H as Г
    /// or Х ("Галифакс" / Halifax, "Ховард" / Howard, "Гамбург" / Hamburg), W as У before a vowel
    /// ("Уэльс" / Wales, "Уильям" / William), a J that sounds Y as Й or Е ("Йенсен" / Jensen,
    /// "Елинек" / Jelinek). Only names of three consonants or more, where such a coincidence
    /// cannot make two short names meet.
    static func russianRenderings(cyrillic c: NameKey, latin l: NameKey) -> [(NameKey, NameKey)] {
        var out: [(NameKey, NameKey)] = []
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        if l.latin.hasPrefix("h") {
            for p in ["kh", "g"] where c.latin.hasPrefix(p) {
                out.append((NameKey(latin: "h" + c.latin.dropFirst(p.count), cyrillic: true), l))
            }
        }
        if l.latin.hasPrefix("w"), c.latin.hasPrefix("u"), c.latin.dropFirst().first.map(vowels.contains) == true {
            out.append((NameKey(latin: "w" + c.latin.dropFirst(), cyrillic: true), l))
        }
        if l.latin.hasPrefix("j"), c.latin.first == "y" || c.latin.first == "e" {
            // BGN writes Й as "y" and Е after it as "ye" ("Йенсен" → "yyensen"): both sides
            // without that first sound.
            out.append((NameKey(latin: String(c.latin.drop { $0 == "y" }), cyrillic: true),
                        NameKey(latin: String(l.latin.dropFirst()), cyrillic: false)))
        }
        // The skeleton leaves out a first "h": counted here, it is a consonant of the name
        // ("Херши" / Hershey: h, r, sh). Shorter names meet only letter for letter, the Latin
        // one perhaps read as Russian hears it ("Уолл" uoll / Wall read "woll", "Ява" / Java).
        func consonants(_ k: NameKey) -> Int { k.skeleton.count + (k.latin.first == "h" ? 1 : 0) }
        return out.filter { c, l in
            min(consonants(c), consonants(l)) >= 3
                || (c.latin.count >= 3 && l.spellings.contains { $0.latin == c.latin })
        }
    }

    /// Whether two Latin spellings write one name by the conventions English and French use for
    /// names from other scripts, and differ in nothing else: "sh", "ch", "tch" for the same
    /// hissing sound ("Shoigu" / «Choïgou», "Chernomyrdin" / «Tchernomyrdine»), "y" or "i" before
    /// a vowel ("Yuri" / «Iouri», "Yermak" / «Iermak»), "u" / «ou», «gue» for a hard g ("Sergey"
    /// / «Sergueï»), a final "h" ("Riyadh" / «Riyad») and vowels of one class in the same place:
    /// a/e, e/i, o/u ("Muhammad" / «Mohammed», "Hussein" / "Hussain", "Georgia" / «Géorgie»), or
    /// a French mute "e" or ending ("Salman" / «Salmane», "Alfonso" / «Alphonse»), German umlauts
    /// written out. The consonants, "h" included, must agree: "Maher"
    /// / «Mayer» and "White" / «Wyte» do not, nor do "Rubio" / «Rabio» (u for a).
    static func conventionVariants(_ x: String, _ y: String) -> Bool {
        func frame(_ s: String) -> (consonants: [Character], vowels: [String]) {
            var t = s.replacingOccurrences(of: "gue", with: "ge").replacingOccurrences(of: "gui", with: "gi")
            // German umlauts written out ("Oesterreichische" for "Österreichische", which Latin-ASCII
            // reads "osterreichische"), and "ae" for an e ("Michael" / «Michel»).
            // French "au" for an o ("Moskau" / «Moscou» by the o/u class below).
            for (digraph, vowel) in [("oe", "o"), ("ue", "u"), ("ae", "a"), ("eau", "o"), ("au", "o")] {
                t = t.replacingOccurrences(of: digraph, with: vowel)
            }
            t = NameKey.unify(t).replacingOccurrences(of: "tC", with: "C")
            if t.count > 2, t.last == "h" { t.removeLast() }
            let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
            let letters = Array(t)
            var consonants: [Character] = [], slots = [""]
            for (k, c) in letters.enumerated() {
                if vowels.contains(c) {
                    // The "i" of iotation: «Iouri» iuri, «Iermak», «Maria» against "Marya".
                    if c == "i", k + 1 < letters.count, vowels.contains(letters[k + 1]) { continue }
                    slots[slots.count - 1].append(c)
                } else {
                    consonants.append(c == "C" ? "S" : c)
                    slots.append("")
                }
            }
            return (consonants, slots)
        }
        let p = frame(x), q = frame(y)
        guard p.consonants == q.consonants, p.vowels.count == q.vowels.count else { return false }
        let classes: Set<Set<Character>> = [["a", "e"], ["e", "i"], ["o", "u"]]
        let last = p.vowels.count - 1
        return zip(p.vowels, q.vowels).enumerated().allSatisfy { k, pair in
            let (v, w) = pair
            if v == w || (v.isEmpty && w == "e") || (w.isEmpty && v == "e") { return true }
            // A French ending for another language's last vowel: "Alfonso" / «Alphonse»,
            // "Leonardo" / «Léonard» (a last vowel changed in a spelling of equal length is
            // ``finalVowelChanged(_:_:)``'s misspelling, tried first).
            if k == last, v.count <= 1, w.count <= 1, v == "e" || w == "e" || v.isEmpty || w.isEmpty { return true }
            return v.count == w.count && zip(v, w).allSatisfy { $0 == $1 || classes.contains([$0, $1]) }
        }
    }

    /// Two Latin spellings of five letters or more that differ only in their last letter, a
    /// vowel for another ("Giordano" / «Giordani», "Bukele" / «Bukelo»): in one script the
    /// spelling was there to copy, and the consonant skeletons, which ignore vowels, would call
    /// them the same. Not "a" for "e": English "-ia" is French «-ie» (Georgia / Géorgie,
    /// California / Californie, Tunisia / Tunisie).
    static func finalVowelChanged(_ x: String, _ y: String) -> Bool {
        guard x.count == y.count, x.count >= 5, let p = x.last, let q = y.last, p != q, x.dropLast() == y.dropLast() else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return vowels.contains(p) && vowels.contains(q) && Set([p, q]) != ["a", "e"]
    }

    static func compare(_ a: NameKey, _ b: NameKey) -> NameRelation {
        if a.latin == b.latin { return .same }
        if a.skeleton.count >= 2, a.skeleton == b.skeleton { return .same }
        // The skeleton does not know that English and French transliterate one sound two ways
        // ("Shoigu" / «Choïgou»).
        if !a.cyrillic, !b.cyrillic, conventionVariants(a.latin, b.latin) { return .same }
        let longest = max(a.coarse.count, b.coarse.count)
        // Two-consonant names across scripts meet when their consonant classes do, first
        // consonant included ("Чейз" cheyz / Chase, "Рубио" / Rubio).
        if longest == 2, a.cyrillic != b.cyrillic, a.coarse == b.coarse, a.skeleton.first == b.skeleton.first { return .same }
        guard longest >= 3 else { return .different }
        let d = NameKey.distance(a.coarse, b.coarse)
        if a.cyrillic != b.cyrillic {
            // Transliteration varies by a letter or so ("Уиткофф" uitkoff / Witkoff).
            // …but the first consonant class holds (Ушаков is not Peskov).
            let sameStart = a.coarse.first == b.coarse.first
            if d == 0 || (d == 1 && longest >= 4 && sameStart) { return .same }
            return sameStart && (d <= 1 || (d == 2 && longest >= 6)) ? .misspelled : .different
        }
        // Same script: the spelling was available, so a near miss is a misspelling.
        guard a.latin.first == b.latin.first || a.skeleton.first == b.skeleton.first else { return .different }
        if d == 0 { return .misspelled }
        return d == 1 && NameKey.distance(a.latin, b.latin) <= 2 ? .misspelled : .different
    }
}
