/// Precision, recall and F1 of predicted links against gold links, strict and lax, micro-averaged
/// over documents, as Vecalign's evaluation defines them (Thompson & Koehn 2019, §4; its
/// score.py): precision is counted over predicted links with at least one side (strict: equal to
/// a gold link; lax: its translation sentences meet the gold translations of its original
/// sentences); recall over gold links with both sides, against predicted links with both sides.
public struct AlignmentScores: Sendable, Equatable {
    public struct PRF: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }
    public var strict: PRF
    public var lax: PRF
    /// Counts behind the figures: (true positives, false positives) for precision and recall.
    public var precisionCounts: (strict: (Int, Int), lax: (Int, Int))
    public var recallCounts: (strict: (Int, Int), lax: (Int, Int))

    public static func == (l: AlignmentScores, r: AlignmentScores) -> Bool { l.strict == r.strict && l.lax == r.lax }
}

public enum AlignmentEvaluation {
    /// Scores document pairs (gold, predicted), micro-averaged.
    public static func score(_ pairs: [(gold: [AlignmentLink], predicted: [AlignmentLink])]) -> AlignmentScores {
        var p = (0, 0, 0, 0), r = (0, 0, 0, 0)
        for (gold, pred) in pairs {
            let a = counts(reference: gold, test: pred)
            p = (p.0 + a.0, p.1 + a.1, p.2 + a.2, p.3 + a.3)
            let bothSides: ([AlignmentLink]) -> [AlignmentLink] = { $0.filter { !$0.original.isEmpty && !$0.translation.isEmpty } }
            let b = counts(reference: bothSides(pred), test: bothSides(gold))
            r = (r.0 + b.0, r.1 + b.1, r.2 + b.2, r.3 + b.3)
        }
        func ratio(_ tp: Int, _ fp: Int) -> Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        func f(_ a: Double, _ b: Double) -> Double { a + b == 0 ? 0 : 2 * a * b / (a + b) }
        let ps = ratio(p.0, p.1), pl = ratio(p.2, p.3), rs = ratio(r.0, r.1), rl = ratio(r.2, r.3)
        return AlignmentScores(strict: .init(precision: ps, recall: rs, f1: f(ps, rs)),
                               lax: .init(precision: pl, recall: rl, f1: f(pl, rl)),
                               precisionCounts: ((p.0, p.1), (p.2, p.3)), recallCounts: ((r.0, r.1), (r.2, r.3)))
    }

    /// (strict TP, strict FP, lax TP, lax FP) of `test` links measured against `reference`.
    static func counts(reference: [AlignmentLink], test: [AlignmentLink]) -> (Int, Int, Int, Int) {
        struct Key: Hashable { let o: [Int]; let t: [Int] }
        let ref = Set(reference.filter { !$0.original.isEmpty || !$0.translation.isEmpty }.map { Key(o: $0.original, t: $0.translation) })
        var targetsOf: [Int: Set<Int>] = [:]
        for k in ref { for o in k.o { targetsOf[o, default: []].formUnion(k.t) } }
        var c = (0, 0, 0, 0)
        for l in Set(test.filter { !$0.original.isEmpty || !$0.translation.isEmpty }.map({ Key(o: $0.original, t: $0.translation) })) {
            if ref.contains(l) {
                c.0 += 1; c.2 += 1
            } else {
                c.1 += 1
                let reached = l.o.reduce(into: Set<Int>()) { $0.formUnion(targetsOf[$1] ?? []) }
                if !reached.isDisjoint(with: l.t) { c.2 += 1 } else { c.3 += 1 }
            }
        }
        return c
    }
}
