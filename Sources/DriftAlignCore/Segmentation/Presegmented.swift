/// Input that is already split: one sentence per line (Vecalign's and hunalign's input format).
///
/// Each line becomes one sentence (empty lines too, so line numbers stay sentence indices) and one
/// paragraph; offsets are the file's own.
public enum Presegmented {
    public static func document(_ input: InputFile, id: String, language: String, sourceType: String = "presegmented") -> Document {
        let s = input.scalars
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        var start = 0
        var i = 0
        while i <= s.count {
            if i == s.count || s[i] == "\n" {
                if i == s.count && start == i { break }  // no sentence after a final newline
                var end = i
                if end > start, s[end - 1] == "\r" { end -= 1 }
                let r = start..<end
                paragraphs.append(Paragraph(range: r, kind: .body))
                sentences.append(Sentence(index: sentences.count, text: ScalarText.string(s, r), range: r,
                                          paragraph: paragraphs.count - 1, kind: .body))
                start = i + 1
            }
            i += 1
        }
        var doc = Document(id: id, sourceType: sourceType, language: language, text: input.text, paragraphs: paragraphs,
                           input: input, sourceMap: .identity(length: s.count))
        doc.sentences = sentences
        return doc
    }
}
