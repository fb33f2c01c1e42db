import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/conversations` and their messages.
struct ConversationController {
    let store: any SupportStore
    let desk: ConversationDesk
    let body: JSONBodyReader

    /// The answer to posting a message: the stored message, and the AI's reply when there is one.
    struct PostedMessage: Encodable {
        let message: Message
        let reply: Message?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(reply, forKey: .reply)
        }

        enum CodingKeys: String, CodingKey {
            case message, reply
        }
    }

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("conversations") { request, context in
            let principal = try context.requirePrincipal()
            let page = try request.pageRequest()
            let filter = ConversationFilter(
                status: try request.queryEnum("status", as: ConversationStatus.self),
                handler: try request.queryEnum("handler", as: ConversationHandler.self),
                teamID: try request.queryUUID("team_id"),
                assigneeID: try request.queryUUID("assignee_id"),
                priority: try request.queryEnum("priority", as: Priority.self),
                customerID: try request.queryUUID("customer_id"))
            return try JSONResponse.page(
                try await store.read {
                    try await $0.conversations(workspaceID: principal.workspaceID, filter: filter, page: page)
                })
        }
        group.post("conversations") { request, context in
            let principal = try context.requirePrincipal()
            let input = try await body.decode(CreateConversationRequest.self, from: request)
            let conversation = try await desk.createConversation(input, by: principal)
            return try JSONResponse.make(conversation, status: .created)
        }
        group.get("conversations/:id") { _, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            guard
                let conversation = try await store.read({
                    try await $0.conversation(id: id, workspaceID: principal.workspaceID)
                })
            else { throw HeedError.notFound("Conversation") }
            return try JSONResponse.make(conversation)
        }
        group.patch("conversations/:id") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let input = try await body.decode(UpdateConversationRequest.self, from: request)
            return try JSONResponse.make(try await desk.updateConversation(id: id, with: input, by: principal))
        }
        group.get("conversations/:id/messages") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let page = try request.pageRequest()
            let messages = try await store.read { reader in
                guard try await reader.conversation(id: id, workspaceID: principal.workspaceID) != nil else {
                    throw HeedError.notFound("Conversation")
                }
                return try await reader.messages(conversationID: id, workspaceID: principal.workspaceID, page: page)
            }
            return try JSONResponse.page(messages)
        }
        group.post("conversations/:id/messages") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let input = try await body.decode(PostMessageRequest.self, from: request)
            let result = try await desk.postMessage(input, conversationID: id, by: principal)
            return try JSONResponse.make(
                PostedMessage(message: result.message, reply: nil), status: result.created ? .created : .ok)
        }
    }
}
