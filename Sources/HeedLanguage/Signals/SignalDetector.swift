import Foundation

/// Finds emotion and escalation signals in a customer message — anger/frustration, urgency, confusion,
/// gratitude, an explicit request for a human, a churn threat — and its sentiment, each with a score in 0…1
/// and the evidence behind it. Multilingual cue phrases (en, vi, ms/id, lv; with or without diacritics),
/// sentiment lexicons (words and emoji), style cues (ALL CAPS, `!!!`, `???`, profanity, the same message sent
/// again), and learned sentiment (lv, id, ms) and emotion (id, ms) models.
/// Immutable and thread-safe.
public struct SignalDetector: Sendable {
    private let tokenizer = Tokenizer()
    private let lexicon: SentimentLexicon
    private let sentimentModels: SentimentModels
    private let emotionModels: EmotionModels
    private let cues: [(kind: SignalKind, patterns: [CuePattern], label: String?)] = [
        (.humanRequest, EscalationCues.humanRequest, nil),
        (.churnThreat, EscalationCues.churnThreat, nil),
        (.anger, EmotionCues.anger, nil),
        (.anger, EmotionCues.profanity, "profanity"),
        (.urgency, EmotionCues.urgency, nil),
        (.confusion, EmotionCues.confusion, nil),
        (.gratitude, EmotionCues.gratitude, nil),
    ]

    /// A detector with the bundled lexicons, sentiment and emotion models.
    public init() {
        self.init(sentimentModels: .bundled)
    }

    /// A detector with the bundled lexicons and the given learned sentiment and emotion models.
    public init(sentimentModels: SentimentModels, emotionModels: EmotionModels = .bundled) {
        lexicon = SentimentLexicon.bundled
        self.sentimentModels = sentimentModels
        self.emotionModels = emotionModels
    }

    /// The signals of `text`; `previousCustomerMessages` (oldest first) lets it notice a repeated message;
    /// `language` (ISO 639-1) selects the learned sentiment and emotion models where they exist (lv, id, ms).
    public func detect(_ text: String, previousCustomerMessages: [String] = [], language: String? = nil) -> MessageSignals {
        let words = tokenizer.tokens(in: text).filter { $0.kind == .word || $0.kind == .emoji }
            .map { CueWord(text: $0.text, folded: TextNormalizer.foldDiacritics($0.folded)) }
        var weights: [SignalKind: Double] = [:]
        var evidence: [SignalKind: [String]] = [:]
        func record(_ kind: SignalKind, _ weight: Double, _ cue: String) {
            weights[kind, default: 0] += weight
            if !(evidence[kind]?.contains(cue) ?? false) { evidence[kind, default: []].append(cue) }
        }

        for (kind, patterns, label) in cues {
            var taken: [Range<Int>] = []
            let found = patterns.flatMap { pattern in pattern.matches(in: words).map { (pattern.weight, $0) } }
            for (weight, range) in found.sorted(by: { $0.0 > $1.0 }) where !taken.contains(where: { $0.overlaps(range) }) {
                taken.append(range)
                let phrase = words[range].map(\.text).joined(separator: " ")
                record(kind, weight, label.map { "\($0): \(phrase)" } ?? phrase)
            }
        }
        for finding in StyleCues().findings(in: text, previousCustomerMessages: previousCustomerMessages) {
            record(finding.kind, finding.weight, finding.evidence)
        }
        let learnedSentiment = sentimentModels.probabilities(text, language: language)
        for finding in emotionModels.findings(text, language: language, sentiment: learnedSentiment) {
            record(finding.kind, finding.weight, finding.evidence)
        }
        // "thanks for nothing" and "not helpful" are not gratitude.
        if weights[.anger, default: 0] >= 1.5 { weights[.gratitude] = (weights[.gratitude] ?? 0) * 0.3 }

        let signals = SignalKind.allCases.map { kind in
            let weight = weights[kind] ?? 0
            return Signal(kind: kind, score: Self.saturate(weight), evidence: evidence[kind] ?? [])
        }
        let sentiment = sentiment(of: words, signals: weights, learned: learnedSentiment,
                                  isQuestion: Self.isQuestion(text, words: words))
        return MessageSignals(sentiment: sentiment, signals: signals)
    }

    /// Interrogative first words (diacritics folded) of en, vi, ms/id and lv questions typed without a "?".
    static let interrogatives: Set<String> = [
        "how", "what", "when", "where", "why", "which", "who", "can", "could", "do", "does", "is", "are", "will",
        "tai sao", "lam sao", "khi nao", "bao gio", "o dau",
        "bagaimana", "berapa", "kapan", "apakah", "apa", "bila", "mengapa", "kenapa", "dimana", "boleh", "bolehkah",
        "adakah", "macam",
        "ka", "kad", "kur", "cik", "vai", "kapec", "kurs", "kura",
    ]

    /// Whether a message asks something: it has a question mark or starts with an interrogative word.
    static func isQuestion(_ text: String, words: [CueWord]) -> Bool {
        guard let first = words.first?.folded else { return false }
        let firstTwo = words.count > 1 ? first + " " + words[1].folded : first
        return text.contains("?") || text.contains("？") || interrogatives.contains(first) || interrogatives.contains(firstTwo)
    }

    /// Lexicon valence with negation, nudged by the emotion signals, squashed like VADER's compound score.
    /// A learned model's polarity is halved for a question with no sentiment word, negation, anger or churn cue:
    /// the review and tweet corpora behind the models hold few questions, so "How long is delivery to Surabaya?"
    /// would otherwise read as a complaint.
    private func sentiment(of words: [CueWord], signals: [SignalKind: Double],
                           learned: (negative: Double, neutral: Double, positive: Double)?, isQuestion: Bool) -> Sentiment {
        var total = 0.0
        var evidence: [String] = []
        var index = 0
        while index < words.count {
            var valence: Double?
            var span = 1
            if index + 1 < words.count,
               let two = lexicon.valence(text: words[index].text + " " + words[index + 1].text,
                                         folded: words[index].folded + " " + words[index + 1].folded) {
                valence = two
                span = 2
            } else {
                valence = lexicon.valence(text: words[index].text, folded: words[index].folded)
            }
            if var value = valence {
                let negated = words[max(0, index - 3)..<index].contains { SentimentLexicon.negators.contains($0.folded) }
                if negated { value *= -0.6 }
                total += value
                let phrase = words[index..<(index + span)].map(\.text).joined(separator: " ")
                evidence.append(negated ? "not \(phrase)" : phrase)
            }
            index += span
        }
        total -= 2.0 * min(2, signals[.anger] ?? 0) + 1.0 * min(2, signals[.churnThreat] ?? 0)
        total += 1.0 * min(2, signals[.gratitude] ?? 0)
        if (signals[.anger] ?? 0) > 0 { evidence.append("anger cues") }
        let lexicalPolarity = total / (total * total + 15).squareRoot()
        if var learned {
            if isQuestion, evidence.isEmpty, (signals[.churnThreat] ?? 0) == 0,
               !words.contains(where: { SentimentLexicon.negators.contains($0.folded) }) {
                learned = (learned.negative / 2, learned.neutral + (learned.negative + learned.positive) / 2, learned.positive / 2)
                evidence.append("a question without sentiment words")
            }
            // The learned model saw real messages of this language; strong lexicon and cue evidence nudges it.
            let negative = learned.negative + 0.3 * max(0, -lexicalPolarity)
            let positive = learned.positive + 0.3 * max(0, lexicalPolarity)
            let sum = negative + learned.neutral + positive
            let ranked: [(SentimentLabel, Double)] = [(.negative, negative / sum), (.neutral, learned.neutral / sum),
                                                      (.positive, positive / sum)]
            let best = ranked.max { $0.1 < $1.1 } ?? (.neutral, 1)
            evidence.append(String(format: "learned model neg %.2f / neu %.2f / pos %.2f", learned.negative,
                                   learned.neutral, learned.positive))
            return Sentiment(label: best.0, score: best.1, polarity: (positive - negative) / sum,
                             evidence: Array(evidence.suffix(8)))
        }
        let polarity = lexicalPolarity
        let label: SentimentLabel = polarity >= 0.25 ? .positive : polarity <= -0.25 ? .negative : .neutral
        let score = label == .neutral ? 1 - abs(polarity) / 0.25 * 0.5 : 0.5 + (abs(polarity) - 0.25) / 0.75 * 0.5
        return Sentiment(label: label, score: min(1, max(0, score)), polarity: polarity, evidence: Array(evidence.prefix(8)))
    }

    /// Maps summed cue weights to 0…1: one strong cue (weight ≈ 2) gives ≈ 0.86.
    static func saturate(_ weight: Double) -> Double {
        weight <= 0 ? 0 : 1 - exp(-weight)
    }
}
