import Foundation
import HeedCore
import HeedLanguage

/// What the pipeline takes from the language analysis of one customer message.
struct TurnUnderstanding: Sendable {
    let analysis: MessageAnalysis
    /// The language to reply in.
    let language: String
    /// Sensitive topics found in the text (from the workspace's list).
    let sensitiveTopics: [String]

    /// Resolves the reply language: the detected language when the workspace has knowledge in it (or it is
    /// confident), else a plausible alternative, else what the customer used before, else English.
    static func resolveLanguage(
        _ guess: LanguageGuess, knowledgeLanguages: Set<String>, preferred: String?, previous: String?
    ) -> String {
        if !guess.isUnknown, knowledgeLanguages.contains(guess.code), guess.confidence >= 0.35 { return guess.code }
        if let alternative = guess.alternatives.first(where: {
            knowledgeLanguages.contains($0.code) && $0.probability >= 0.2
        }) {
            return alternative.code
        }
        if let previous { return previous }
        if let preferred { return preferred }
        if !guess.isUnknown, guess.confidence >= 0.8, knowledgeLanguages.isEmpty { return guess.code }
        return "en"
    }

    /// Sensitive topics (from `topics`) that occur in the message, matched on folded words.
    static func sensitiveTopics(in text: String, topics: [String]) -> [String] {
        let folded = " " + TextNormalizer.foldDiacritics(TextNormalizer.normalize(text)) + " "
        return topics.filter { topic in
            let needle = TextNormalizer.foldDiacritics(TextNormalizer.normalize(topic))
            return folded.range(of: "\\b\(NSRegularExpression.escapedPattern(for: needle))", options: .regularExpression) != nil
        }
    }

    /// The annotations stored on the customer's message.
    var annotations: MessageAnnotations {
        let signals = analysis.signals.signals.filter { $0.score > 0 }.map {
            SignalAnnotation(kind: $0.kind.rawValue, score: $0.score, evidence: $0.evidence)
        }
        return MessageAnnotations(
            sentiment: analysis.signals.sentiment.label.rawValue, signals: signals,
            piiFound: Array(Set(analysis.pii.map(\.kind.rawValue))).sorted())
    }

    func score(_ kind: SignalKind) -> Double { analysis.signals[kind].score }

    /// Negativity 0…1 from the sentiment's polarity.
    var negativity: Double { max(0, -analysis.signals.sentiment.polarity) }
}
