import Foundation

/// What feedback is about.
public enum FeedbackKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The customer's satisfaction with a resolved conversation, 1–5.
    case csat
    /// The customer's likelihood to recommend the company, 0–10 (for NPS).
    case nps
    /// The customer's thumbs up (1) or down (-1) on one AI answer.
    case aiRating = "ai_rating"
    /// An agent's flag on an AI answer, with the correction it should have given.
    case aiFlag = "ai_flag"
}

extension FeedbackKind {
    /// The ratings a survey answer may give: 1–5 for CSAT, 0–10 for NPS; nil for what is not a survey.
    public var surveyRange: ClosedRange<Int>? {
        switch self {
        case .csat: 1...5
        case .nps: 0...10
        case .aiRating, .aiFlag: nil
        }
    }
}

/// Who gave feedback.
public enum FeedbackAuthor: String, Sendable, Codable, Hashable {
    case customer
    case agent
}

/// A rating or correction of the support a conversation got, kept for measuring and for learning.
public struct Feedback: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var conversationID: UUID
    /// The AI message rated or flagged; nil for CSAT.
    public var messageID: UUID?
    public var kind: FeedbackKind
    /// 1–5 for CSAT, 0–10 for NPS, 1 or -1 for an AI rating, nil for a flag.
    public var rating: Int?
    public var comment: String?
    /// For a flag: the answer the AI should have given.
    public var correction: String?
    public var author: FeedbackAuthor
    /// The customer's or the agent's id.
    public var authorID: UUID?
    public var createdAt: Date
    public var updatedAt: Date
    /// What a reviewer did with it in the review queue; nil while it waits.
    public var review: FeedbackReview?

    public init(
        id: UUID = UUID(), workspaceID: UUID, conversationID: UUID, messageID: UUID? = nil, kind: FeedbackKind,
        rating: Int? = nil, comment: String? = nil, correction: String? = nil, author: FeedbackAuthor,
        authorID: UUID? = nil, createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.messageID = messageID
        self.kind = kind
        self.rating = rating
        self.comment = comment
        self.correction = correction
        self.author = author
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, rating, comment, correction, author
        case workspaceID = "workspace_id"
        case conversationID = "conversation_id"
        case messageID = "message_id"
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case review
    }

    /// Encodes every field, absent optionals as explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(conversationID, forKey: .conversationID)
        try c.encode(messageID, forKey: .messageID)
        try c.encode(kind, forKey: .kind)
        try c.encode(rating, forKey: .rating)
        try c.encode(comment, forKey: .comment)
        try c.encode(correction, forKey: .correction)
        try c.encode(author, forKey: .author)
        try c.encode(authorID, forKey: .authorID)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(review, forKey: .review)
    }
}

/// A review-queue decision on a piece of feedback.
public struct FeedbackReview: Sendable, Codable, Hashable {
    public enum Outcome: String, Sendable, Codable, Hashable, CaseIterable {
        /// The question was learned onto an article (``articleID``).
        case learned
        /// A draft article was written from it (``articleID``, internal until someone publishes it).
        case drafted
        /// Looked at; nothing to change.
        case dismissed
    }

    public var outcome: Outcome
    public var articleID: UUID?
    /// The agent who decided.
    public var reviewerID: UUID?
    public var at: Date

    public init(outcome: Outcome, articleID: UUID? = nil, reviewerID: UUID?, at: Date) {
        self.outcome = outcome
        self.articleID = articleID
        self.reviewerID = reviewerID
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case outcome, at
        case articleID = "article_id"
        case reviewerID = "reviewer_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(articleID, forKey: .articleID)
        try c.encode(reviewerID, forKey: .reviewerID)
        try c.encode(at, forKey: .at)
    }
}
