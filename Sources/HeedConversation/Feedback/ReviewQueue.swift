import Foundation
import HeedCore
import HeedStore

/// The feedback loop: 👎 on AI answers, low ratings, agents' flags and questions the AI could not answer, in one
/// queue; a reviewer teaches the right article the customer's question — measured first on a copy of the index
/// (``LearningCheck``), applied only when it fixes the question and breaks no other — or dismisses the item.
public struct ReviewQueue: Sendable {
    let store: any SupportStore
    let knowledge: WorkspaceKnowledge
    let cacheChanges: CacheChanges
    let clock: any WallClock

    /// How far back hand-offs for want of an answer are looked for.
    static let abstentionWindow: TimeInterval = 30 * 86_400
    static let abstentionReasons = [HandoffReason.answerAbstained.rawValue, HandoffReason.lowConfidence.rawValue]

    public init(store: any SupportStore, knowledge: WorkspaceKnowledge, cacheChanges: CacheChanges, clock: any WallClock) {
        self.store = store
        self.knowledge = knowledge
        self.cacheChanges = cacheChanges
        self.clock = clock
    }

    /// What to decide on, newest first; `reviewed` also lists the items already decided.
    public func items(workspaceID: UUID, limit: Int, reviewed: Bool = false) async throws -> [ReviewItem] {
        let since = clock.now().addingTimeInterval(-Self.abstentionWindow)
        let page = PageRequest(limit: PageRequest.maximumLimit)
        let (flags, ratings, surveys, handoffs) = try await store.read { reader in
            (
                try await reader.feedback(workspaceID: workspaceID, kind: .aiFlag, page: page).items,
                try await reader.feedback(workspaceID: workspaceID, kind: .aiRating, page: page).items,
                try await reader.feedback(workspaceID: workspaceID, kind: .csat, page: page).items,
                try await reader.handoffEvents(
                    workspaceID: workspaceID, reasons: Self.abstentionReasons, since: since, limit: PageRequest.maximumLimit)
            )
        }
        var sources: [(ReviewItem.Kind, Feedback?, ReportEvent?)] = []
        sources += flags.filter { $0.correction != nil }.map { (.agentFlag, $0, nil) }
        sources += ratings.filter { ($0.rating ?? 0) < 0 }.map { (.thumbsDown, $0, nil) }
        sources += surveys.filter { ($0.rating ?? 5) <= 2 }.map { (.lowRating, $0, nil) }
        sources += handoffs.map { (.abstained, nil, $0) }
        // An abstention is decided by a reviewer's flag on the hand-off message (see ``decide``).
        let decidedAnswers = Set(flags.filter { $0.review != nil }.compactMap(\.messageID))
        var thread = ThreadCache(store: store, workspaceID: workspaceID)
        var items: [ReviewItem] = []
        for (kind, feedback, event) in sources {
            guard let conversationID = feedback?.conversationID ?? event?.conversationID else { continue }
            var item = ReviewItem(
                kind: kind, conversationID: conversationID, feedbackID: feedback?.id, correction: feedback?.correction,
                rating: feedback?.rating, createdAt: feedback?.createdAt ?? event?.occurredAt ?? clock.now(),
                review: feedback?.review)
            let messages = try await thread.messages(conversationID)
            Self.attach(messages, answerID: feedback?.messageID, at: event?.occurredAt, to: &item)
            if kind == .abstained, let answer = item.answerMessageID, decidedAnswers.contains(answer) {
                item.review = flags.first { $0.messageID == answer && $0.review != nil }?.review
            }
            if reviewed || item.review == nil { items.append(item) }
        }
        return Array(items.sorted { $0.createdAt > $1.createdAt }.prefix(limit))
    }

    /// Fills in the question and the answer: the AI message rated or flagged (or, for a conversation or a
    /// hand-off, the last AI message up to then) and the customer's message before it.
    static func attach(_ messages: [Message], answerID: UUID?, at time: Date?, to item: inout ReviewItem) {
        let answerIndex: Int?
        if let answerID {
            answerIndex = messages.firstIndex { $0.id == answerID }
        } else if let time {
            // The hand-off notice follows the message that caused it.
            answerIndex = messages.firstIndex { $0.author == .ai && $0.createdAt >= time }
                ?? messages.lastIndex { $0.author == .ai }
        } else {
            answerIndex = messages.lastIndex { $0.author == .ai }
        }
        guard let answerIndex else {
            item.question = messages.first { $0.author == .customer }?.body
            return
        }
        let answer = messages[answerIndex]
        item.answerMessageID = answer.id
        item.answer = answer.body
        item.citedArticleID = answer.annotations.citations.first?.articleID
        if let question = messages[..<answerIndex].last(where: { $0.author == .customer }) {
            item.questionMessageID = question.id
            item.question = question.body
            item.language = question.language
        }
    }
}

/// Each conversation's messages read once per queue listing.
private struct ThreadCache {
    let store: any SupportStore
    let workspaceID: UUID
    var threads: [UUID: [Message]] = [:]

    mutating func messages(_ conversationID: UUID) async throws -> [Message] {
        if let cached = threads[conversationID] { return cached }
        let workspaceID = workspaceID
        let messages = try await store.read {
            try await $0.messages(
                conversationID: conversationID, workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit)
            ).items
        }.filter { !$0.isInternalNote }
        threads[conversationID] = messages
        return messages
    }
}
