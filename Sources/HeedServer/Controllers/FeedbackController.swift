import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// Feedback on conversations for agents: reading ratings and CSAT, and flagging AI answers with a correction.
struct FeedbackController {
    let store: any SupportStore
    let desk: FeedbackDesk
    let body: JSONBodyReader

    struct FlagRequest: Decodable, Sendable {
        let correction: String
        let comment: String?
    }

    /// The routes any signed-in caller may use (all of them).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("conversations/:id/feedback", use: list)
        routes.post("conversations/:id/messages/:message_id/flags", use: flag)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let id = try context.uuidParameter(resource: "Conversation")
        let items = try await store.read { reader in
            guard try await reader.conversation(id: id, workspaceID: workspaceID) != nil else {
                throw HeedError.notFound("Conversation")
            }
            return try await reader.feedback(conversationID: id, workspaceID: workspaceID)
        }
        return try JSONResponse.page(Page(items: items, nextCursor: nil))
    }

    @Sendable func flag(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        let messageID = try context.uuidParameter("message_id", resource: "Message")
        let input = try await body.decode(FlagRequest.self, from: request)
        let feedback = try await desk.flagAnswer(
            messageID: messageID, conversationID: id, correction: input.correction, comment: input.comment,
            by: context.principal)
        return try JSONResponse.make(feedback, status: .created)
    }
}
