import Foundation
import HeedCore

/// One thing in the review queue: an answer a customer or an agent found wanting, a poorly rated conversation, or
/// a question the AI could not answer — with the customer's question and the AI's answer beside it.
public struct ReviewItem: Sendable, Hashable, Codable {
    public init(
        kind: Kind, conversationID: UUID, feedbackID: UUID?, correction: String?, rating: Int?, createdAt: Date,
        review: FeedbackReview?
    ) {
        self.kind = kind
        self.conversationID = conversationID
        self.feedbackID = feedbackID
        self.correction = correction
        self.rating = rating
        self.createdAt = createdAt
        self.review = review
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A customer's 👎 on an AI answer.
        case thumbsDown = "thumbs_down"
        /// A satisfaction rating of 1 or 2.
        case lowRating = "low_rating"
        /// An agent flagged an AI answer, with the correction it should have given.
        case agentFlag = "agent_flag"
        /// Handed to people because the knowledge base had no answer good enough.
        case abstained
    }

    public var kind: Kind
    public var conversationID: UUID
    /// The feedback behind the item; nil for an abstention.
    public var feedbackID: UUID?
    /// The customer's question.
    public var questionMessageID: UUID?
    public var question: String?
    /// The language the customer asked in.
    public var language: String?
    /// The AI's answer (or hand-off notice) to it.
    public var answerMessageID: UUID?
    public var answer: String?
    /// The article the answer cited, if any.
    public var citedArticleID: String?
    public var correction: String?
    public var rating: Int?
    public var createdAt: Date
    /// What a reviewer did with it; nil while open.
    public var review: FeedbackReview?

    enum CodingKeys: String, CodingKey {
        case kind, question, language, answer, correction, rating, review
        case conversationID = "conversation_id"
        case feedbackID = "feedback_id"
        case questionMessageID = "question_message_id"
        case answerMessageID = "answer_message_id"
        case citedArticleID = "cited_article_id"
        case createdAt = "created_at"
    }

    /// Encodes every field, absent ones as explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(conversationID, forKey: .conversationID)
        try c.encode(feedbackID, forKey: .feedbackID)
        try c.encode(questionMessageID, forKey: .questionMessageID)
        try c.encode(question, forKey: .question)
        try c.encode(language, forKey: .language)
        try c.encode(answerMessageID, forKey: .answerMessageID)
        try c.encode(answer, forKey: .answer)
        try c.encode(citedArticleID, forKey: .citedArticleID)
        try c.encode(correction, forKey: .correction)
        try c.encode(rating, forKey: .rating)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(review, forKey: .review)
    }
}
