import Foundation
import HeedConversation
import HeedCore
import Hummingbird

/// `/api/v1/review-queue`: what the AI got wrong or could not answer, and teaching the right article the question
/// (checked for regressions first) or dismissing it.
struct ReviewQueueController {
    let queue: ReviewQueue
    let body: JSONBodyReader

    /// Which item, and (to learn) the question and the article.
    struct DecisionRequest: Decodable, Sendable {
        let conversationID: UUID
        let feedbackID: UUID?
        let answerMessageID: UUID?
        let articleID: UUID?
        let question: String?
        /// For a draft article.
        let title: String?
        let body: String?
        let language: String?

        enum CodingKeys: String, CodingKey {
            case question, title, body, language
            case conversationID = "conversation_id"
            case feedbackID = "feedback_id"
            case answerMessageID = "answer_message_id"
            case articleID = "article_id"
        }

        var target: ReviewTarget {
            ReviewTarget(conversationID: conversationID, feedbackID: feedbackID, answerMessageID: answerMessageID)
        }

        func required<T>(_ value: T?, _ field: String) throws -> T {
            guard let value else {
                throw HeedError(.unprocessable, code: .missingField, message: "Field '\(field)' is required.")
            }
            return value
        }
    }

    /// The learned question's result: the article, the question and the check that let it through.
    struct LearnedView: Encodable {
        let article: Article
        let question: String
        let check: LearningCheck
    }

    static let listLimit = 1...200

    /// The routes any signed-in caller may use (all of them).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("review-queue", use: list)
        routes.post("review-queue/check", use: check)
        routes.post("review-queue/learn", use: learn)
        routes.post("review-queue/draft", use: draft)
        routes.post("review-queue/dismiss", use: dismiss)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let limit = try request.queryInt("limit", in: Self.listLimit) ?? 50
        let reviewed = try request.queryBool("reviewed") ?? false
        let items = try await queue.items(workspaceID: context.principal.workspaceID, limit: limit, reviewed: reviewed)
        return try JSONResponse.page(Page(items: items, nextCursor: nil))
    }

    @Sendable func check(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await body.decode(DecisionRequest.self, from: request)
        let result = try await queue.check(
            try input.required(input.question, "question"), articleID: try input.required(input.articleID, "article_id"),
            workspaceID: context.principal.workspaceID)
        return try JSONResponse.make(result)
    }

    @Sendable func learn(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await body.decode(DecisionRequest.self, from: request)
        let learned = try await queue.learn(
            try input.required(input.question, "question"), articleID: try input.required(input.articleID, "article_id"),
            target: input.target, by: context.principal)
        return try JSONResponse.make(LearnedView(article: learned.article, question: learned.question, check: learned.check))
    }

    @Sendable func draft(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await body.decode(DecisionRequest.self, from: request)
        let article = try await queue.draft(
            title: try input.required(input.title, "title"), body: try input.required(input.body, "body"),
            language: input.language ?? "en", target: input.target, by: context.principal)
        return try JSONResponse.make(article, status: .created)
    }

    @Sendable func dismiss(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await body.decode(DecisionRequest.self, from: request)
        try await queue.dismiss(input.target, by: context.principal)
        return Response(status: .noContent)
    }
}
