/// How ``TextClassifier`` turns text into features: hashed word n-grams and character n-grams, each group
/// weighted by sublinear term frequency × inverse document frequency and L2-normalised.
public struct FeatureOptions: Sendable, Hashable {
    /// log2 of the number of hash buckets (features seen in training are then compacted to rows).
    public var hashBits: Int = 20
    /// Longest word n-gram (1 = words only, 2 = words and word pairs).
    public var maxWordNGram: Int = 2
    /// Shortest character n-gram, over each folded word padded with a space on both sides.
    public var minCharNGram: Int = 2
    /// Longest character n-gram (0 turns character n-grams off).
    public var maxCharNGram: Int = 5
    /// Weight of the word-feature group after its L2 normalisation.
    public var wordWeight: Float = 1
    /// Weight of the character-feature group after its L2 normalisation.
    public var charWeight: Float = 1
    /// Whether character n-grams span the whole text (across words and punctuation, like scikit-learn's
    /// `char`) instead of each word padded with spaces (`char_wb`).
    public var charNGramsAcrossWords = false
    /// With ``charNGramsAcrossWords``, also add each word's own padded n-grams (both scopes, as separate features).
    public var charNGramsWithinWordsToo = false
    /// How many words after a negation ("not", "never", "don't", "tidak", "nav", "không" …) are marked as negated:
    /// they become features of their own ("not good" → `not`, `NOT_good`), so the model can learn that negated
    /// praise is not praise. 0 turns marking off; the default is 3.
    public var negationScope: Int = 3
    /// Whether words found in the bundled sentiment lexicon (VADER English plus a few vi/id/ms/lv words) also add a
    /// positive or negative polarity feature (flipped inside a negation's scope), so rare sentiment words count too.
    /// On by default.
    public var lexiconPolarity = true
    /// Features in fewer training texts than this are dropped.
    public var minDocumentFrequency: Int = 1

    /// The default feature set.
    public init() {}
}
