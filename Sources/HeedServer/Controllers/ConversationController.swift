import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/conversations` and their messages.
struct ConversationController {
    let store: any SupportStore
    let desk: ConversationDesk
    let pipeline: TurnPipeline
    let handoff: HandoffPackageBuilder
    let body: JSONBodyReader

    /// The answer to posting a message: the stored message, and the AI's reply when there is one. The reply is the
    /// stored AI message plus its `citations`, `confidence` and `decision` at the top level.
    struct PostedMessage: Encodable {
        let message: Message
        let reply: Message?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(reply.map(AIReplyView.init), forKey: .reply)
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
                customerID: try request.queryUUID("customer_id"),
                unassigned: try request.queryBool("unassigned") ?? false)
            let views = try await store.read { reader in
                let page = try await reader.conversations(workspaceID: principal.workspaceID, filter: filter, page: page)
                return Page(
                    items: try await ConversationView.views(page.items, workspaceID: principal.workspaceID, reader: reader),
                    nextCursor: page.nextCursor)
            }
            return try JSONResponse.page(views)
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
            let view = try await store.read { reader in
                guard let conversation = try await reader.conversation(id: id, workspaceID: principal.workspaceID) else {
                    throw HeedError.notFound("Conversation")
                }
                return try await ConversationView.views([conversation], workspaceID: principal.workspaceID, reader: reader)[0]
            }
            return try JSONResponse.make(view)
        }
        group.patch("conversations/:id") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let input = try await body.decode(UpdateConversationRequest.self, from: request)
            let updated = try await desk.updateConversation(id: id, with: input, by: principal)
            let view = try await store.read { reader in
                try await ConversationView.views([updated], workspaceID: principal.workspaceID, reader: reader)[0]
            }
            return try JSONResponse.make(view)
        }
        group.get("conversations/:id/handoff") { _, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Conversation")
            let (conversation, customer, messages) = try await store.read { reader in
                guard let conversation = try await reader.conversation(id: id, workspaceID: principal.workspaceID),
                    let customer = try await reader.customer(id: conversation.customerID, workspaceID: principal.workspaceID)
                else { throw HeedError.notFound("Conversation") }
                let messages = try await reader.latestMessages(
                    conversationID: id, workspaceID: principal.workspaceID, limit: PageRequest.maximumLimit)
                return (conversation, customer, messages)
            }
            // Outside the read: a model-written summary may take seconds, and must not hold a connection meanwhile.
            let package = await handoff.build(conversation: conversation, customer: customer, messages: messages)
            return try JSONResponse.make(package)
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
            guard (input.author ?? .customer) == .customer, input.internalNote != true else {
                let result = try await desk.postMessage(input, conversationID: id, by: principal)
                return try JSONResponse.make(
                    PostedMessage(message: result.message, reply: nil), status: result.created ? .created : .ok)
            }
            // A customer's message goes through the AI agent's turn pipeline.
            let text = try Validate.text(input.body, field: "body", maxLength: ConversationDesk.maxMessageLength)
            let clientID = try Validate.optionalText(input.clientMessageID, field: "client_message_id", maxLength: 200)
            let result = try await pipeline.handle(
                CustomerTurn(workspaceID: principal.workspaceID, conversationID: id, body: text, clientMessageID: clientID))
            let reply = input.awaitReply == false ? nil : result.reply
            return try JSONResponse.make(
                PostedMessage(message: result.message, reply: reply), status: result.created ? .created : .ok)
        }
    }
}
