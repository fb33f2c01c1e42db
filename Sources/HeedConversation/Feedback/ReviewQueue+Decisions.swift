import Foundation
import HeedCore
import HeedStore

/// Which review-queue item a decision is about: its feedback, or (for an abstention, which has none) the AI's
/// hand-off message in the conversation.
public struct ReviewTarget: Sendable, Hashable {
    public var conversationID: UUID
    public var feedbackID: UUID?
    public var answerMessageID: UUID?

    public init(conversationID: UUID, feedbackID: UUID?, answerMessageID: UUID?) {
        self.conversationID = conversationID
        self.feedbackID = feedbackID
        self.answerMessageID = answerMessageID
    }
}

/// What learning did: the article as it is now, and the check that let it through.
public struct LearnedQuestion: Sendable {
    public let article: Article
    public let question: String
    public let check: LearningCheck
}

extension ReviewQueue {
    /// The article to teach, checked: it exists in the workspace and customers' answers may use it.
    private func teachableArticle(_ articleID: UUID, workspaceID: UUID) async throws -> Article {
        guard let article = try await store.read({ try await $0.article(id: articleID, workspaceID: workspaceID) }) else {
            throw HeedError.notFound("Article")
        }
        guard article.visibility == .public else {
            throw HeedError.invalidField("article_id", "is internal: customers' answers never use it")
        }
        return article
    }

    /// The check alone: what teaching `question` to the article would do, changing nothing.
    public func check(_ question: String, articleID: UUID, workspaceID: UUID) async throws -> LearningCheck {
        let question = try Validate.text(question, field: "question", maxLength: 500)
        _ = try await teachableArticle(articleID, workspaceID: workspaceID)
        return knowledge.checkLearning(question, articleID: articleID, workspaceID: workspaceID)
    }

    /// Teaches the article the question when the check passes (it must fix the question and break no other),
    /// then marks the item learned; otherwise changes nothing and says why.
    public func learn(_ question: String, articleID: UUID, target: ReviewTarget, by principal: Principal) async throws
        -> LearnedQuestion
    {
        let question = try Validate.text(question, field: "question", maxLength: 500)
        let workspaceID = principal.workspaceID
        var article = try await teachableArticle(articleID, workspaceID: workspaceID)
        let check = knowledge.checkLearning(question, articleID: articleID, workspaceID: workspaceID)
        guard check.fixes else {
            throw HeedError(
                .unprocessable, code: .learningIneffective,
                message: "Not learned: with this question the article would still not be found first (now: \(check.before ?? "none")). Edit the article or choose another.")
        }
        if let regression = check.regressions.first {
            throw HeedError(
                .conflict, code: .learningRegressed,
                message: "Not learned: \(check.regressions.count) question(s) the knowledge base answers right would then find another article first, e.g. '\(regression.question)'.")
        }
        let now = clock.now()
        if !article.learnedQuestions.contains(question) {
            article.learnedQuestions.append(question)
            article.version += 1
            article.updatedAt = now
        }
        let learned = article
        try await store.write { writer in
            try await writer.update(learned)
            try await decide(
                target, review: FeedbackReview(outcome: .learned, articleID: articleID, reviewerID: principal.agentID, at: now),
                by: principal, writer: writer)
            try await writer.insert(
                AuditEvent(
                    workspaceID: workspaceID, actor: principal.actor, action: "article.question_learned",
                    subjectType: "article", subjectID: articleID, reason: "review queue",
                    details: ["question": .string(question), "checked": .number(Double(check.checked))], createdAt: now))
        }
        knowledge.upsert([learned])
        await cacheChanges.announce(.article, workspaceID: workspaceID, subjectID: articleID)
        return LearnedQuestion(article: learned, question: question, check: check)
    }

    /// Writes a draft article from a correction — internal (agents see it, customers' answers never use it) and
    /// tagged `draft` until someone publishes it — and marks the item drafted.
    public func draft(title: String, body: String, language: String, target: ReviewTarget, by principal: Principal)
        async throws -> Article
    {
        let title = try Validate.text(title, field: "title", maxLength: 300)
        let body = try Validate.text(body, field: "body", maxLength: 100_000)
        let language = try Validate.language(language)
        let now = clock.now()
        let article = Article(
            workspaceID: principal.workspaceID, title: title, body: body, language: language, tags: ["draft"],
            visibility: .internal, createdAt: now)
        try await store.write { writer in
            try await writer.insert(article)
            try await decide(
                target, review: FeedbackReview(outcome: .drafted, articleID: article.id, reviewerID: principal.agentID, at: now),
                by: principal, writer: writer)
            try await writer.insert(
                AuditEvent(
                    workspaceID: principal.workspaceID, actor: principal.actor, action: "article.drafted",
                    subjectType: "article", subjectID: article.id, reason: "review queue", createdAt: now))
        }
        knowledge.upsert([article])
        await cacheChanges.announce(.article, workspaceID: principal.workspaceID, subjectID: article.id)
        return article
    }

    /// Marks the item looked at, with nothing to change.
    public func dismiss(_ target: ReviewTarget, by principal: Principal) async throws {
        let review = FeedbackReview(outcome: .dismissed, reviewerID: principal.agentID, at: clock.now())
        try await store.write { writer in try await decide(target, review: review, by: principal, writer: writer) }
    }

    /// Records `review` on the item's feedback, or — for an abstention — as a reviewer's flag on the hand-off
    /// message, so the queue shows it decided.
    private func decide(_ target: ReviewTarget, review: FeedbackReview, by principal: Principal, writer: any StoreWriter)
        async throws
    {
        let workspaceID = principal.workspaceID
        let all = try await writer.feedback(conversationID: target.conversationID, workspaceID: workspaceID)
        if let feedbackID = target.feedbackID {
            guard var feedback = all.first(where: { $0.id == feedbackID }) else { throw HeedError.notFound("Feedback") }
            feedback.review = review
            feedback.updatedAt = review.at
            try await writer.update(feedback)
            return
        }
        guard let messageID = target.answerMessageID else {
            throw HeedError(.unprocessable, code: .missingField, message: "Give 'feedback_id', or 'answer_message_id' for an abstention.")
        }
        guard try await writer.conversation(id: target.conversationID, workspaceID: workspaceID) != nil else {
            throw HeedError.notFound("Conversation")
        }
        var flag = Feedback(
            workspaceID: workspaceID, conversationID: target.conversationID, messageID: messageID, kind: .aiFlag,
            comment: "review queue", author: .agent, authorID: principal.agentID, createdAt: review.at)
        flag.review = review
        try await writer.insert(flag)
    }
}
