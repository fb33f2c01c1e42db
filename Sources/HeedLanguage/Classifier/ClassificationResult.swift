/// A label with its calibrated probability.
public struct LabelScore: Sendable, Hashable {
    /// The label.
    public let label: String
    /// Calibrated probability in 0…1.
    public let probability: Float

    /// Creates a scored label.
    public init(label: String, probability: Float) {
        self.label = label
        self.probability = probability
    }
}

/// What ``TextClassifier/predict(_:topK:)`` found: ranked labels and whether the text is out of scope.
public struct ClassificationResult: Sendable, Hashable {
    /// The most probable labels, best first (at most `topK`).
    public let ranked: [LabelScore]
    /// Whether the text is out of scope: the top label is the out-of-scope label, or the model's out-of-scope
    /// score (the best in-scope probability, or its log odds against the out-of-scope label) is below its threshold.
    public let isOutOfScope: Bool
    /// The label to act on: the out-of-scope label (or `nil` when the model has none) if out of scope,
    /// else the top label.
    public let label: String?

    /// Creates a result.
    public init(ranked: [LabelScore], isOutOfScope: Bool, label: String?) {
        self.ranked = ranked
        self.isOutOfScope = isOutOfScope
        self.label = label
    }

    /// The top label with its probability.
    public var top: LabelScore? { ranked.first }
}
