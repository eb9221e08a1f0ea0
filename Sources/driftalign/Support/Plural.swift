/// Counts as a sentence says them: "1 finding", "2 findings", "0 findings".
enum Plural {
    /// `n` and `noun`, the noun in the plural (`plural`, or `noun` + "s") unless `n` is 1.
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
