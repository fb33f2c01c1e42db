import HeedLanguage

/// Turns text into the index's terms: the language library's tokens, diacritics folded, so `tài khoản`,
/// `tai khoan` and `TÀI KHOẢN` all give `tai`, `khoan`.
struct TermExtractor: Sendable {
    private let tokenizer = Tokenizer()

    /// The folded terms of `text`, in order (repeated terms repeat). Emoji are left out.
    func terms(in text: String) -> [String] {
        tokenizer.tokens(in: text).compactMap { token in
            switch token.kind {
            case .emoji: nil
            case .word, .number, .url, .email, .cjk: Self.stripPossessive(token.folded)
            }
        }
    }

    /// `customer's` and `customers’` index as `customer`/`customers`: apostrophes are spelling noise for retrieval.
    private static func stripPossessive(_ term: String) -> String {
        if term.hasSuffix("'s") || term.hasSuffix("’s") { return String(term.dropLast(2)) }
        if term.hasSuffix("'") || term.hasSuffix("’") { return String(term.dropLast()) }
        return term
    }
}

/// Character trigrams of a term, with boundary marks, packed into integers: `cat` → `^ca`, `cat`, `at$`.
enum CharacterGrams {
    /// The distinct packed trigrams of `term`.
    static func grams(of term: String) -> [UInt64] {
        var scalars: [UInt32] = [0x02]
        scalars.reserveCapacity(term.unicodeScalars.count + 2)
        for scalar in term.unicodeScalars { scalars.append(scalar.value) }
        scalars.append(0x03)
        guard scalars.count >= 3 else { return [] }
        var grams: [UInt64] = []
        grams.reserveCapacity(scalars.count - 2)
        for index in 0...(scalars.count - 3) {
            let gram = UInt64(scalars[index]) << 42 | UInt64(scalars[index + 1]) << 21 | UInt64(scalars[index + 2])
            if !grams.contains(gram) { grams.append(gram) }
        }
        return grams
    }
}
