/// An emotion or escalation signal the ``SignalDetector`` looks for in a customer message.
public enum SignalKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Anger or frustration (angry words, profanity, ALL CAPS, "!!!", repeating the same message).
    case anger
    /// The customer needs something fast.
    case urgency
    /// The customer does not understand.
    case confusion
    /// Thanks, praise, satisfaction.
    case gratitude
    /// An explicit request to talk to a human agent.
    case humanRequest = "human_request"
    /// A threat to leave: cancel the account, switch provider.
    case churnThreat = "churn_threat"
}

/// The strength of one signal and what triggered it.
public struct Signal: Sendable, Hashable, Codable {
    /// Which signal.
    public let kind: SignalKind
    /// Strength in 0…1 (0 = no evidence).
    public let score: Double
    /// The words, phrases or cues that triggered it (e.g. `"talk to a real person"`, `"ALL CAPS"`, `"!!!"`).
    public let evidence: [String]
}

/// Overall polarity of a message.
public enum SentimentLabel: String, Sendable, Hashable, Codable {
    case negative, neutral, positive
}

/// The sentiment of a message: its label, how sure, a signed polarity, and the words behind it.
public struct Sentiment: Sendable, Hashable, Codable {
    /// Negative, neutral or positive.
    public let label: SentimentLabel
    /// Confidence in `label`, 0…1.
    public let score: Double
    /// Signed polarity, −1 (very negative) … +1 (very positive).
    public let polarity: Double
    /// The words and cues that moved the polarity.
    public let evidence: [String]
}

/// Everything the ``SignalDetector`` found in one message.
public struct MessageSignals: Sendable, Hashable, Codable {
    /// The message's sentiment.
    public let sentiment: Sentiment
    /// One entry per ``SignalKind``, in `SignalKind.allCases` order.
    public let signals: [Signal]

    /// The signal of `kind` (score 0 when absent).
    public subscript(kind: SignalKind) -> Signal {
        signals.first { $0.kind == kind } ?? Signal(kind: kind, score: 0, evidence: [])
    }

    /// The signals whose score reaches `threshold`, strongest first.
    public func present(threshold: Double = 0.5) -> [Signal] {
        signals.filter { $0.score >= threshold }.sorted { $0.score > $1.score }
    }
}
