import Foundation
import HeedConversation
import HeedCore
import HeedKnowledge
import Hummingbird

/// `GET /api/v1/knowledge/search`: agents search the knowledge base (public and internal articles) while they
/// work a conversation.
struct KnowledgeSearchController {
    let knowledge: WorkspaceKnowledge

    struct Hit: Encodable, Sendable {
        let articleID: String
        let title: String
        let heading: String?
        let url: String?
        let snippet: String
        let language: String
        let visibility: String
        let confidence: Double

        enum CodingKeys: String, CodingKey {
            case title, heading, url, snippet, language, visibility, confidence
            case articleID = "article_id"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(articleID, forKey: .articleID)
            try c.encode(title, forKey: .title)
            try c.encode(heading, forKey: .heading)
            try c.encode(url, forKey: .url)
            try c.encode(snippet, forKey: .snippet)
            try c.encode(language, forKey: .language)
            try c.encode(visibility, forKey: .visibility)
            try c.encode(confidence, forKey: .confidence)
        }
    }

    /// Longest snippet shown, in characters.
    static let snippetLength = 400

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("knowledge/search", use: search)
        return routes
    }

    @Sendable func search(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = try Validate.text(request.uri.queryParameters.get("q") ?? "", field: "q", maxLength: 1_000)
        let language = try request.uri.queryParameters.get("language").map { try Validate.language($0, field: "language") }
        let limit = try request.uri.queryParameters.get("limit").map { text -> Int in
            guard let number = Int(text), (1...20).contains(number) else {
                throw HeedError.invalidField("limit", "must be a whole number from 1 to 20")
            }
            return number
        } ?? 5
        let hits = knowledge.search(
            query, workspaceID: context.principal.workspaceID, audience: .staff, languages: language.map { [$0] },
            limit: limit)
        let items = hits.map { hit in
            Hit(
                articleID: hit.passage.documentID, title: hit.passage.title, heading: hit.passage.heading,
                url: hit.passage.sourceURL, snippet: String(hit.passage.text.prefix(Self.snippetLength)),
                language: hit.passage.language, visibility: hit.passage.visibility.rawValue,
                confidence: (hit.confidence * 1000).rounded() / 1000)
        }
        return try JSONResponse.page(Page(items: items, nextCursor: nil))
    }
}
