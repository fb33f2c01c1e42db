import Foundation
import HeedCore
import HeedStore

/// Customers' ratings (CSAT, thumbs on AI answers) and agents' flags on AI answers, stored for measuring and
/// learning. A customer answering again replaces their earlier answer.
public struct FeedbackDesk: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    let events: ConversationEvents?

    /// Feedback over `store`; with `events`, a satisfaction rating is published as `rating.received`.
    public init(store: any SupportStore, clock: any WallClock, events: ConversationEvents? = nil) {
        self.store = store
        self.clock = clock
        self.events = events
    }

    /// Longest comment accepted, in characters.
    public static let maxCommentLength = 2_000

    /// A customer's 👍 (`helpful`) or 👎 on one AI answer of their conversation.
    public func rateAnswer(messageID: UUID, helpful: Bool, conversation: Conversation) async throws -> (Feedback, created: Bool) {
        let now = clock.now()
        return try await store.write { writer in
            let message = try await Self.aiMessage(messageID, in: conversation, reader: writer, field: "message_id")
            let rating = helpful ? 1 : -1
            if var earlier = try await writer.feedback(conversationID: conversation.id, workspaceID: conversation.workspaceID)
                .first(where: { $0.kind == .aiRating && $0.messageID == message.id && $0.author == .customer })
            {
                earlier.rating = rating
                earlier.updatedAt = now
                try await writer.update(earlier)
                try await writer.insert(reportEvents: ReportEvent.rating(earlier, in: conversation, at: now))
                return (earlier, false)
            }
            let feedback = Feedback(
                workspaceID: conversation.workspaceID, conversationID: conversation.id, messageID: message.id,
                kind: .aiRating, rating: rating, author: .customer, authorID: conversation.customerID, createdAt: now)
            try await writer.insert(feedback)
            try await writer.insert(reportEvents: ReportEvent.rating(feedback, in: conversation, at: now))
            return (feedback, true)
        }
    }

    /// A customer's survey answer on a resolved conversation — satisfaction (``FeedbackKind/csat``, 1–5) or
    /// likelihood to recommend (``FeedbackKind/nps``, 0–10) — with an optional comment; answering again replaces
    /// the earlier answer of that kind. Stored with its reporting event.
    public func answerSurvey(_ kind: FeedbackKind, rating: Int, comment: String?, conversation: Conversation)
        async throws -> (Feedback, created: Bool)
    {
        guard let range = kind.surveyRange else { throw HeedError.invalidField("kind", "is not a survey") }
        guard range.contains(rating) else {
            throw HeedError.invalidField("rating", "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        let comment = try Validate.optionalText(comment, field: "comment", maxLength: Self.maxCommentLength)
        let now = clock.now()
        let (feedback, created, current) = try await store.write { writer in
            guard let current = try await writer.conversation(id: conversation.id, workspaceID: conversation.workspaceID)
            else { throw HeedError.notFound("Conversation") }
            guard current.status == .resolved || current.status == .closed else {
                throw HeedError(
                    .conflict, code: .notResolved,
                    message: "Satisfaction can be rated once the conversation is resolved.")
            }
            var answer = Feedback(
                workspaceID: current.workspaceID, conversationID: current.id, kind: kind, rating: rating,
                comment: comment, author: .customer, authorID: current.customerID, createdAt: now)
            let earlier = try await writer.feedback(conversationID: current.id, workspaceID: current.workspaceID)
                .first(where: { $0.kind == kind })
            if var earlier {
                earlier.rating = rating
                earlier.comment = comment
                earlier.updatedAt = now
                try await writer.update(earlier)
                answer = earlier
            } else {
                try await writer.insert(answer)
            }
            try await writer.insert(reportEvents: ReportEvent.rating(answer, in: current, at: now))
            return (answer, earlier == nil, current)
        }
        await events?.publish(.ratingReceived, current, details: ["rating": .number(Double(rating))])
        return (feedback, created)
    }

    /// An agent's flag on an AI answer, with the correction it should have given (kept for learning).
    public func flagAnswer(messageID: UUID, conversationID: UUID, correction: String, comment: String?, by principal: Principal)
        async throws -> Feedback
    {
        let correction = try Validate.text(correction, field: "correction", maxLength: ConversationDesk.maxMessageLength)
        let comment = try Validate.optionalText(comment, field: "comment", maxLength: Self.maxCommentLength)
        let now = clock.now()
        let stored = try await store.write { writer in
            guard let conversation = try await writer.conversation(id: conversationID, workspaceID: principal.workspaceID)
            else { throw HeedError.notFound("Conversation") }
            let message = try await Self.aiMessage(messageID, in: conversation, reader: writer, field: "message_id")
            let feedback = Feedback(
                workspaceID: principal.workspaceID, conversationID: conversationID, messageID: message.id, kind: .aiFlag,
                comment: comment, correction: correction, author: .agent, authorID: principal.agentID, createdAt: now)
            try await writer.insert(feedback)
            try await writer.insert(
                principal.auditEvent(
                    "message.flagged", subjectType: "message", subjectID: message.id, at: now, reason: comment))
            return feedback
        }
        return stored
    }

    /// The AI message `id` of `conversation`; 404 when it is not there, 422 when it is not the AI's.
    private static func aiMessage(_ id: UUID, in conversation: Conversation, reader: any StoreReader, field: String)
        async throws -> Message
    {
        guard let message = try await reader.message(id: id, workspaceID: conversation.workspaceID),
            message.conversationID == conversation.id
        else { throw HeedError.notFound("Message") }
        guard message.author == .ai else { throw HeedError.invalidField(field, "must name an AI answer") }
        return message
    }
}
