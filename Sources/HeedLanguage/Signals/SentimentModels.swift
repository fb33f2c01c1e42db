import Foundation

/// Learned sentiment classifiers (negative/neutral/positive) for the languages with open training data:
/// Latvian (LTEC, MIT) and Indonesian (IndoNLU SmSA, Apache-2.0; also used for Malay).
/// Written by `heed nlu build-language-model --ltec DIR --smsa DIR`; loaded once from the bundle.
public struct SentimentModels: Sendable {
    /// Language code → classifier.
    public let classifiers: [String: TextClassifier]

    /// Resource file name of the classifier for `code`.
    public static func fileName(for code: String) -> String { "sentiment-\(code).model" }

    /// Which model serves each language.
    static let modelLanguage: [String: String] = ["lv": "lv", "id": "id", "ms": "id"]

    /// Uses the given classifiers (keyed by language code).
    public init(classifiers: [String: TextClassifier]) {
        self.classifiers = classifiers
    }

    /// The bundled models (empty when none are bundled).
    public static let bundled = SentimentModels(
        classifiers: BundledResources.classifiers(codes: modelLanguage.values, fileName: fileName(for:)))

    /// Probabilities of negative, neutral and positive for `text` in `language`, if a model serves it.
    func probabilities(_ text: String, language: String?) -> (negative: Double, neutral: Double, positive: Double)? {
        guard let language, let code = Self.modelLanguage[language], let classifier = classifiers[code] else { return nil }
        let probabilities = classifier.probabilitiesByLabel(for: text)
        return (probabilities["negative"] ?? 0, probabilities["neutral"] ?? 0, probabilities["positive"] ?? 0)
    }
}
