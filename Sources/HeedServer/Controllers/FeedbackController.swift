import Foundation
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

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("conversations/:id/feedback") { _, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let items = try await store.read { reader in
                guard try await reader.conversation(id: id, workspaceID: principal.workspaceID) != nil else {
                    throw HeedError.notFound("Conversation")
                }
                return try await reader.feedback(conversationID: id, workspaceID: principal.workspaceID)
            }
            return try JSONResponse.page(Page(items: items, nextCursor: nil))
        }
        group.post("conversations/:id/messages/:message_id/flags") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let messageID = try context.uuidParameter("message_id", resource: "Message")
            let input = try await body.decode(FlagRequest.self, from: request)
            let feedback = try await desk.flagAnswer(
                messageID: messageID, conversationID: id, correction: input.correction, comment: input.comment,
                by: principal)
            return try JSONResponse.make(feedback, status: .created)
        }
    }
}
