import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage

/// What a turn understood of one customer message: the language analysis, the language to reply in, the knowledge
/// retrieved for it, and the assessment the policies decide on.
struct TurnUnderstanding: Sendable {
    let analysis: MessageAnalysis
    /// The language to reply in.
    let language: String
    /// Sensitive topics found in the text (from the workspace's list).
    let sensitiveTopics: [String]
    /// Passages retrieved for the redacted message, best first.
    var hits: [KnowledgeSearchHit] = []
    /// The things the message asks, each with its passage, when it asks several answered by different articles
    /// (``MultiPartRetrieval``); empty for a message that asks one thing.
    var answerParts: [AnswerPart] = []
    /// The topics of the best passage's article.
    var topics: [String] = []
    /// The customer's earlier messages in this conversation (up to five, oldest first).
    var previousCustomerMessages: [String] = []
    /// What the policies decide on.
    var assessment = TurnAssessment()
    /// Instructions aimed at the AI found in the message; they were removed from ``question``.
    var injectionFindings: [InjectionFinding] = []
    /// The redacted message without the sentences that address the AI: what retrieval and the engines see.
    var question = ""
    /// How the reply is worded for the customer's state in this conversation.
    var tone = ReplyTone.neutral
    /// The customer's memory notes, for the model provider.
    var customerNotes: [String] = []
    /// Sentences that make the reply the customer's own (``PersonalTouch``).
    var personalLines: [String] = []

    /// Languages so close that a short message cannot tell them apart.
    static let siblingLanguages: [Set<String>] = [["ms", "id"]]

    /// Resolves the reply language: between sibling languages (Malay, Indonesian) the one the customer used before
    /// or chose; the detected language when the workspace has knowledge in it or Heed can reply in it; else a
    /// plausible alternative, else what the customer used before, else English.
    static func resolveLanguage(
        _ guess: LanguageGuess, knowledgeLanguages: Set<String>, preferred: String?, previous: String?
    ) -> String {
        if !guess.isUnknown, let known = previous ?? preferred, known != guess.code,
            siblingLanguages.contains(where: { $0.contains(known) && $0.contains(guess.code) })
        {
            return known
        }
        if !guess.isUnknown, guess.confidence >= 0.35,
            knowledgeLanguages.contains(guess.code) || ReplyTemplates.languages.contains(guess.code)
        {
            return guess.code
        }
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
        func mentions(_ word: String) -> Bool {
            let needle = TextNormalizer.foldDiacritics(TextNormalizer.normalize(word))
            return folded.range(of: "\\b\(NSRegularExpression.escapedPattern(for: needle))", options: .regularExpression) != nil
        }
        return topics.filter { topic in
            mentions(topic) || (topic.lowercased() == "safety" && safetyHazardWords.contains(where: mentions))
        }
    }

    /// Words of a danger to someone's safety in the five languages Heed reads (prefixes, folded): the `safety`
    /// topic is sensitive in any of them — a smoking power bank goes to a person, not to an article.
    static let safetyHazardWords = [
        // English
        "on fire", "caught fire", "catch fire", "flames", "smoke", "smoking", "burned", "burnt", "burning", "burns",
        "explod", "explosion", "melted", "melting", "swollen batter", "battery swell", "battery is swell",
        "electric shock", "shocked me", "injur", "bleeding", "sparks", "sparking",
        // Vietnamese (folded)
        "boc chay", "chay no", "phat no", "no tung", "bi bong", "bong tay", "mui khet", "khet", "boc khoi",
        "phong pin", "pin phong", "pin bi phong", "bi phong", "giat dien", "bi giat", "chay mau", "bi thuong",
        // Malay / Indonesian
        "terbakar", "kebakaran", "berasap", "mengeluarkan asap", "meletup", "meledak", "melecur", "melepuh",
        "meleleh", "membengkak", "bengkak", "renjatan elektrik", "kejutan elektrik", "kesetrum", "tersengat listrik",
        "cedera", "berdarah", "percikan api",
        // Latvian (folded)
        "aizdegas", "aizdegusies", "uzliesmoj", "dumi", "dumo", "eksplodej", "spradz", "apdedzin", "izkus",
        "uzputies", "uzpudusies", "stravas triecien", "savainoj", "asino", "dzirkstel",
    ]

    /// The annotations stored on the customer's message: sentiment, signals, kinds of personal data, intent.
    var annotations: MessageAnnotations {
        var signals = analysis.signals.signals.filter { $0.score > 0 }.map {
            SignalAnnotation(kind: $0.kind.rawValue, score: $0.score, evidence: $0.evidence)
        }
        if !injectionFindings.isEmpty {
            signals.append(SignalAnnotation(
                kind: Self.injectionSignal, score: 1, evidence: injectionFindings.map { "\($0.kind.rawValue): \($0.evidence)" }))
        }
        return MessageAnnotations(
            intent: assessment.intent, intentConfidence: hits.first?.confidence,
            sentiment: analysis.signals.sentiment.label.rawValue, signals: signals,
            piiFound: Array(Set(analysis.pii.map(\.kind.rawValue))).sorted())
    }

    /// `texts` without their sentences that address the AI (earlier messages and memory notes are the customer's
    /// words too); texts with nothing left are dropped.
    static func withoutInstructions(_ texts: [String]) -> [String] {
        let shield = PromptInjectionDetector()
        return texts.map { shield.shield($0).text }.filter { !$0.isEmpty }
    }

    /// The signal kind stored on a message that tried to instruct the AI.
    static let injectionSignal = "prompt_injection"

    /// Whether the message should raise a sentiment alert for agents.
    var raisesSentimentAlert: Bool { assessment.anger >= 0.5 || assessment.negativity >= 0.7 }

    /// The message as the answer engine sees it: redacted, with what is known of the customer.
    func answerRequest(customerName: String?) -> AnswerRequest {
        AnswerRequest(
            question: question,
            customer: CustomerContext(
                name: customerName, language: language, sentiment: Self.sentiment(analysis.signals.sentiment.label),
                emotion: assessment.anger >= 0.5 ? "frustrated" : nil, tone: tone,
                recentMessages: Self.withoutInstructions(previousCustomerMessages),
                notes: Self.withoutInstructions(customerNotes), personalLines: personalLines),
            hits: hits, parts: answerParts)
    }

    static func sentiment(_ label: SentimentLabel) -> CustomerSentiment {
        switch label {
        case .negative: .negative
        case .positive: .positive
        case .neutral: .neutral
        }
    }

    func score(_ kind: SignalKind) -> Double { analysis.signals[kind].score }

    /// Negativity 0…1 from the sentiment's polarity.
    var negativity: Double { max(0, -analysis.signals.sentiment.polarity) }
}
