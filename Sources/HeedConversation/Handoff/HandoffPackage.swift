import Foundation
import HeedCore

/// Where a hand-off summary came from.
public enum HandoffSummarySource: String, Sendable, Encodable, CaseIterable {
    /// Sentences taken from the conversation (the embedded engine, or when the model failed).
    case extractive
    /// Written by the workspace's (or the server's) model provider.
    case model
}

/// Everything an agent needs when taking over from the AI: a summary, what the customer wants and feels, who
/// they are, what the AI already tried, and replies to start from.
public struct HandoffPackage: Sendable, Encodable {
    /// One customer message's emotional reading, oldest first.
    public struct EmotionPoint: Sendable, Encodable {
        public let sequence: Int
        public let sentiment: String?
        public let anger: Double
        public let urgency: Double
    }

    /// Something the AI said or decided.
    public struct AIAttempt: Sendable, Encodable {
        public let sequence: Int
        public let decision: TurnDecision.Kind?
        public let confidence: Double?
        public let body: String
    }

    /// A reply an agent can insert, edit and send.
    public struct SuggestedReply: Sendable, Encodable {
        public let text: String
        public let articleID: String
        public let title: String
        public let url: String?

        enum CodingKeys: String, CodingKey {
            case text, title, url
            case articleID = "article_id"
        }
    }

    public let conversationID: UUID
    public let summary: String
    public let summarySource: HandoffSummarySource
    public let escalationReason: String?
    public let language: String?
    public let intents: [String]
    public let emotionTrend: [EmotionPoint]
    public let customer: Customer
    public let aiAttempts: [AIAttempt]
    public let suggestedReplies: [SuggestedReply]
    /// What Heed and agents remember of the customer from earlier conversations (``CustomerMemory``).
    public var memory: [CustomerNote] = []

    enum CodingKeys: String, CodingKey {
        case summary, language, intents, customer, memory
        case conversationID = "conversation_id"
        case summarySource = "summary_source"
        case escalationReason = "escalation_reason"
        case emotionTrend = "emotion_trend"
        case aiAttempts = "ai_attempts"
        case suggestedReplies = "suggested_replies"
    }
}

extension HandoffPackage {
    /// The same package with another summary.
    func with(summary: String, source: HandoffSummarySource) -> HandoffPackage {
        HandoffPackage(
            conversationID: conversationID, summary: summary, summarySource: source, escalationReason: escalationReason,
            language: language, intents: intents, emotionTrend: emotionTrend, customer: customer, aiAttempts: aiAttempts,
            suggestedReplies: suggestedReplies)
    }
}
