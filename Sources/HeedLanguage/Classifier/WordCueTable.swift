/// The sentiment lexicon and negation words keyed by the feature hash of a word, so the classifier's features
/// can look a token up with the hash it already computed instead of hashing its string again.
struct WordCueTable: Sendable {
    /// What the classifier needs to know about one word.
    struct Cue: Sendable {
        /// Lexicon valence (−4…+4), or 0 when the word is not in the lexicon.
        var valence: Float = 0
        /// Whether the word negates the words after it.
        var isNegation = false
    }

    /// Exact (normalised) words.
    let exact: [UInt64: Cue]
    /// Diacritic-free words (ASCII entries of the built-in lexicon, and negations).
    let folded: [UInt64: Cue]

    /// The bundled lexicon and the negation words, hashed with `seed`.
    init(seed: UInt64) {
        let lexicon = SentimentLexicon.bundled
        var exact: [UInt64: Cue] = [:], folded: [UInt64: Cue] = [:]
        for (word, valence) in lexicon.exact where !word.contains(" ") {
            exact[FeatureHashing.hash(word, seed: seed), default: Cue()].valence = Float(valence)
        }
        for (word, valence) in lexicon.folded where !word.contains(" ") {
            folded[FeatureHashing.hash(word, seed: seed), default: Cue()].valence = Float(valence)
        }
        for word in SentimentLexicon.negators {
            folded[FeatureHashing.hash(word, seed: seed), default: Cue()].isNegation = true
        }
        self.exact = exact
        self.folded = folded
    }

    /// The cue of a word token whose text hashes to `textHash`: exact entries first, then diacritic-free ones
    /// (hashing the folded form only when it differs from the text). English "…n't" always negates.
    func cue(for token: Token, textHash: UInt64, seed: UInt64) -> Cue {
        let foldedHash = token.folded == token.text ? textHash : FeatureHashing.hash(token.folded, seed: seed)
        var cue = folded[foldedHash] ?? Cue()
        if let entry = exact[textHash] { cue.valence = entry.valence }
        if !cue.isNegation, token.text.utf8.last == UInt8(ascii: "t"), token.text.hasSuffix("n't") || token.text.hasSuffix("n’t") {
            cue.isNegation = true
        }
        return cue
    }
}
