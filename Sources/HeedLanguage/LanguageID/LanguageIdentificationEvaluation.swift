/// Accuracy of a ``LanguageIdentifier`` on labelled texts; an `"unknown"` answer counts as wrong.
public struct LanguageIdentificationEvaluation: Sendable, Hashable {
    /// Number of texts.
    public let count: Int
    /// Share of texts whose language was identified correctly.
    public let accuracy: Double
    /// Mean confidence of the answers (compare with `accuracy` to check calibration).
    public let meanConfidence: Double
    /// Per gold language: (correct, total).
    public let perLanguage: [String: Counts]
    /// Most frequent confusions, as "gold→predicted" with their counts, most frequent first.
    public let topConfusions: [(pair: String, count: Int)]

    /// Correct and total counts for one language.
    public struct Counts: Sendable, Hashable {
        /// Texts identified correctly.
        public var correct: Int
        /// Texts of that language.
        public var total: Int
    }

    /// Identifies every example and compares with its label.
    public static func evaluate(_ identifier: LanguageIdentifier, on examples: [LabeledText]) -> LanguageIdentificationEvaluation {
        var perLanguage: [String: Counts] = [:]
        var confusions: [String: Int] = [:]
        var correct = 0
        var confidenceSum = 0.0
        for example in examples {
            let guess = identifier.identify(example.text)
            let predicted = guess.code
            confidenceSum += guess.confidence
            perLanguage[example.label, default: Counts(correct: 0, total: 0)].total += 1
            if predicted == example.label {
                correct += 1
                perLanguage[example.label]?.correct += 1
            } else {
                confusions["\(example.label)→\(predicted)", default: 0] += 1
            }
        }
        let top = confusions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(20).map { (pair: $0.key, count: $0.value) }
        return LanguageIdentificationEvaluation(
            count: examples.count, accuracy: examples.isEmpty ? 0 : Double(correct) / Double(examples.count),
            meanConfidence: examples.isEmpty ? 0 : confidenceSum / Double(examples.count),
            perLanguage: perLanguage, topConfusions: top)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.count == rhs.count && lhs.accuracy == rhs.accuracy && lhs.perLanguage == rhs.perLanguage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(accuracy)
    }
}
