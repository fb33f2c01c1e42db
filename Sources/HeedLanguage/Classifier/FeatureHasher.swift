/// Turns a text into hash buckets of its word n-grams and character n-grams (before weighting).
struct FeatureHasher: Sendable {
    let options: FeatureOptions
    let tokenizer = Tokenizer()
    let mask: UInt64

    private static let wordSeed: UInt64 = 0x5752_4421
    private static let charSeed: UInt64 = 0x4348_4152
    private static let textCharSeed: UInt64 = 0x5458_5443
    private static let numberShape = FeatureHashing.hash("<number>", seed: wordSeed)
    private static let urlShape = FeatureHashing.hash("<url>", seed: wordSeed)
    private static let emailShape = FeatureHashing.hash("<email>", seed: wordSeed)
    private static let negationMark: UInt64 = 0x4E45_4741_5445_4421
    private static let positiveWord = FeatureHashing.hash("<lexicon+>", seed: wordSeed)
    private static let negativeWord = FeatureHashing.hash("<lexicon->", seed: wordSeed)
    private static let strongPositiveWord = FeatureHashing.hash("<lexicon++>", seed: wordSeed)
    private static let strongNegativeWord = FeatureHashing.hash("<lexicon-->", seed: wordSeed)
    private static let wordCues = WordCueTable(seed: wordSeed)

    init(options: FeatureOptions) {
        self.options = options
        self.mask = (UInt64(1) << UInt64(options.hashBits)) - 1
    }

    /// Reusable buffers, so extraction allocates little per text.
    struct Scratch {
        var words: [UInt32] = []
        var chars: [UInt32] = []
        var tokenHashes: [UInt64] = []
        var scalars: [UInt32] = []
        var counter = RowCounter()
        var vector = SparseVector()
    }

    /// Fills `scratch.words` and `scratch.chars` with the buckets of `text`'s features (repeats kept).
    func buckets(for text: String, into scratch: inout Scratch) {
        scratch.words.removeAll(keepingCapacity: true)
        scratch.chars.removeAll(keepingCapacity: true)
        scratch.tokenHashes.removeAll(keepingCapacity: true)
        let normalized = TextNormalizer.normalize(text)
        let tokens = tokenizer.tokens(inNormalized: normalized)
        var negatedWordsLeft = 0
        for token in tokens {
            let h: UInt64
            switch token.kind {
            case .url: h = Self.urlShape
            case .email: h = Self.emailShape
            case .number:
                h = FeatureHashing.hash(token.text, seed: Self.wordSeed)
                scratch.words.append(UInt32(truncatingIfNeeded: Self.numberShape & mask))
            case .emoji, .cjk:
                h = FeatureHashing.hash(token.kind == .emoji ? token.folded : token.text, seed: Self.wordSeed)
            case .word:
                h = wordHash(token, negatedWordsLeft: &negatedWordsLeft, into: &scratch)
            }
            scratch.tokenHashes.append(h)
            scratch.words.append(UInt32(truncatingIfNeeded: h & mask))
            if !options.charNGramsAcrossWords || options.charNGramsWithinWordsToo, token.kind == .word, options.maxCharNGram >= options.minCharNGram,
               options.maxCharNGram > 0 {
                appendCharNGrams(of: token.folded, into: &scratch)
            }
        }
        if options.charNGramsAcrossWords, options.maxCharNGram >= options.minCharNGram, options.maxCharNGram > 0 {
            appendTextCharNGrams(ofNormalized: normalized, into: &scratch)
        }
        appendWordNGrams(into: &scratch)
    }

    /// A word's hash (marked when a negation governs it), with its lexicon polarity features appended.
    @inline(__always)
    private func wordHash(_ token: Token, negatedWordsLeft: inout Int, into scratch: inout Scratch) -> UInt64 {
        var word = FeatureHashing.hash(token.text, seed: Self.wordSeed)
        let negated = negatedWordsLeft > 0
        guard options.negationScope > 0 || options.lexiconPolarity else { return word }
        let cue = Self.wordCues.cue(for: token, textHash: word, seed: Self.wordSeed)
        if options.negationScope > 0 {
            if cue.isNegation {
                negatedWordsLeft = options.negationScope
            } else if negated {
                word = FeatureHashing.finalize(FeatureHashing.combine(word, Self.negationMark))
                negatedWordsLeft -= 1
            }
        }
        if options.lexiconPolarity, cue.valence != 0 {
            let signed = negated ? -cue.valence : cue.valence
            let polarity = signed > 0 ? Self.positiveWord : Self.negativeWord
            scratch.words.append(UInt32(truncatingIfNeeded: polarity & mask))
            if abs(signed) >= 2 {
                let strong = signed > 0 ? Self.strongPositiveWord : Self.strongNegativeWord
                scratch.words.append(UInt32(truncatingIfNeeded: strong & mask))
            }
        }
        return word
    }

    /// Appends the word n-grams (2…maxWordNGram) of the tokens hashed so far.
    private func appendWordNGrams(into scratch: inout Scratch) {
        guard options.maxWordNGram >= 2, scratch.tokenHashes.count >= 2 else { return }
        for n in 2...options.maxWordNGram where scratch.tokenHashes.count >= n {
            for start in 0...(scratch.tokenHashes.count - n) {
                var h = UInt64(n)
                for k in start..<(start + n) { h = FeatureHashing.combine(h, scratch.tokenHashes[k]) }
                scratch.words.append(UInt32(truncatingIfNeeded: FeatureHashing.finalize(h) & mask))
            }
        }
    }

    /// Appends the character n-grams of the whole normalised, folded text, white space collapsed to one space.
    private func appendTextCharNGrams(ofNormalized text: String, into scratch: inout Scratch) {
        let folded = TextNormalizer.foldDiacritics(text)
        scratch.scalars.removeAll(keepingCapacity: true)
        scratch.scalars.append(0x20)
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            // ASCII first: the Unicode property lookup is a tenth of prediction time when done for every character.
            let isSpace = value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value))
                : (scalar.properties.isWhitespace || value == 0xFFFD)
            if isSpace {
                if scratch.scalars.last != 0x20 { scratch.scalars.append(0x20) }
            } else {
                scratch.scalars.append(scalar.value)
            }
        }
        if scratch.scalars.last != 0x20 { scratch.scalars.append(0x20) }
        // With both scopes the text-wide n-grams get their own hashes, so they do not merge with the per-word ones.
        appendNGrams(ofScalarsInto: &scratch, seed: options.charNGramsWithinWordsToo ? Self.textCharSeed : Self.charSeed)
    }

    /// Appends the character n-grams of ` word ` (space-padded, like scikit-learn's `char_wb`).
    private func appendCharNGrams(of word: String, into scratch: inout Scratch) {
        scratch.scalars.removeAll(keepingCapacity: true)
        scratch.scalars.append(0x20)
        for scalar in word.unicodeScalars { scratch.scalars.append(scalar.value) }
        scratch.scalars.append(0x20)
        appendNGrams(ofScalarsInto: &scratch, seed: Self.charSeed)
    }

    /// Appends the hashed n-grams of `scratch.scalars`.
    private func appendNGrams(ofScalarsInto scratch: inout Scratch, seed: UInt64) {
        let count = scratch.scalars.count
        let minN = max(1, options.minCharNGram)
        let maxN = options.maxCharNGram
        for start in 0..<count {
            var h = FeatureHashing.fnvOffset ^ seed
            var n = 0
            while n < maxN, start + n < count {
                h = (h ^ UInt64(scratch.scalars[start + n])) &* FeatureHashing.fnvPrime
                n += 1
                if n >= minN {
                    scratch.chars.append(UInt32(truncatingIfNeeded: FeatureHashing.finalize(h &+ UInt64(n)) & mask))
                }
            }
        }
    }
}
