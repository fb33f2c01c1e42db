/// Splits text into sentences at `.`, `!`, `?`, `…` (and CJK full stops) followed by a space, and at line breaks.
/// Decimal numbers (`3.5`), and common abbreviations (`e.g.`, `Mr.`) do not end a sentence.
public enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "no", "approx", "incl", "st", "sr", "jr", "p", "pp",
        "ca", "cf", "fig", "tel", "nr", "u.c", "utt", "piem", "t.s", "v.v",
    ]

    /// The sentences of `text`, trimmed, without empty ones.
    public static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        func flush() {
            let sentence = current.trimmingWhitespace()
            if !sentence.isEmpty { sentences.append(sentence) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                flush()
                index += 1
                continue
            }
            current.append(character)
            if "。！？".contains(character) {
                flush()
            } else if ".!?…".contains(character) {
                // Swallow closing punctuation and quotes that belong to this sentence.
                while index + 1 < characters.count, ".!?…\"'”’)]".contains(characters[index + 1]) {
                    index += 1
                    current.append(characters[index])
                }
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if next.isWhitespace, !(character == "." && endsWithAbbreviation(current)) { flush() }
            }
            index += 1
        }
        flush()
        return sentences
    }

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let word = text.dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map { $0.lowercased() } ?? ""
        if word.count == 1, word.first?.isLetter == true { return true }
        return abbreviations.contains(word)
    }
}
