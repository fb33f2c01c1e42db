import Foundation

/// Learned emotion classifiers for the languages with open, human-labelled emotion data: Indonesian (IndoNLU EmoT,
/// Apache-2.0; labels anger, fear, happy, love, sadness), also used for Malay. Written by
/// `heed nlu build-language-model --emot DIR`; loaded once from the bundle.
///
/// The emotion model says which emotion a message carries; the sentiment model says whether it carries one at all,
/// because every training tweet expresses some emotion while most support messages are plain questions.
public struct EmotionModels: Sendable {
    /// Language code → classifier.
    public let classifiers: [String: TextClassifier]

    /// Resource file name of the classifier for `code`.
    public static func fileName(for code: String) -> String { "emotion-\(code).model" }

    /// Which model serves each language.
    static let modelLanguage: [String: String] = ["id": "id", "ms": "id"]

    /// The emotion labels feeding each signal; fear and sadness only show in the sentiment.
    public static let labelsOfSignal: [(kind: SignalKind, labels: [String])] = [
        (.anger, ["anger"]), (.gratitude, ["happy", "love"]),
    ]

    /// The emotion probability (after the sentiment gate) from which a finding is reported.
    static let minimumProbability = 0.5

    /// Uses the given classifiers (keyed by language code).
    public init(classifiers: [String: TextClassifier]) {
        self.classifiers = classifiers
    }

    /// The bundled models (empty when none are bundled).
    public static let bundled = EmotionModels(
        classifiers: BundledResources.classifiers(codes: modelLanguage.values, fileName: fileName(for:)))

    /// No learned emotion models: signals come from cue phrases only.
    public static let none = EmotionModels(classifiers: [:])

    /// A learned anger or gratitude finding.
    struct Finding: Equatable {
        let kind: SignalKind
        /// Cue weight, on the scale of ``SignalDetector``'s cue phrases (2 ≈ one strong cue).
        let weight: Double
        let evidence: String
    }

    /// Anger and gratitude findings for `text` in `language`, if a model serves it. `sentiment` (the learned
    /// sentiment model's probabilities) gates them: anger needs a negative message, gratitude a positive one.
    /// The most a learned anger reading weighs (score 0.70): a short "ada masalah pembayaran" ("there is a payment
    /// problem") read as anger must not hand the customer off by itself; with an angry word or "!!!" it does.
    static let maximumAngerWeight = 1.2

    func findings(_ text: String, language: String?,
                  sentiment: (negative: Double, neutral: Double, positive: Double)?) -> [Finding] {
        guard let language, let code = Self.modelLanguage[language], let classifier = classifiers[code] else { return [] }
        let probabilities = classifier.probabilitiesByLabel(for: text)
        var findings: [Finding] = []
        for (kind, labels) in Self.labelsOfSignal {
            let probability = labels.reduce(0) { $0 + (probabilities[$1] ?? 0) }
            let polarity = kind == .anger ? sentiment?.negative : sentiment?.positive
            guard probability >= Self.minimumProbability, (polarity ?? 1) >= 0.5 else { continue }
            // 0.5 → 0.5 (a weak cue) … 1.0 → 2.5 (a strong one); anger from the model alone stays below a hand-off.
            let weight = min(0.5 + (probability - Self.minimumProbability) * 4, kind == .anger ? Self.maximumAngerWeight : .infinity)
            let strongest = labels.max { (probabilities[$0] ?? 0) < (probabilities[$1] ?? 0) } ?? kind.rawValue
            findings.append(Finding(kind: kind, weight: weight,
                                    evidence: String(format: "learned emotion model: %@ %.2f", strongest, probability)))
        }
        return findings
    }
}
