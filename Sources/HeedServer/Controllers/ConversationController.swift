import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/conversations` and their messages, for signed-in callers.
struct ConversationController {
    let store: any SupportStore
    let desk: ConversationDesk
    let pipeline: TurnPipeline
    let handoff: HandoffPackageBuilder
    let body: JSONBodyReader

    /// The routes any signed-in caller may use (all of them).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("conversations", use: list)
        routes.post("conversations", use: create)
        routes.get("conversations/:id", use: show)
        routes.patch("conversations/:id", use: update)
        routes.get("conversations/:id/handoff", use: handoffPackage)
        routes.get("conversations/:id/messages", use: messages)
        routes.post("conversations/:id/messages", use: postMessage)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
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
            let page = try await reader.conversations(workspaceID: workspaceID, filter: filter, page: page)
            return Page(
                items: try await ConversationView.views(page.items, workspaceID: workspaceID, reader: reader),
                nextCursor: page.nextCursor)
        }
        return try JSONResponse.page(views)
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await body.decode(NewConversation.self, from: request)
        let conversation = try await desk.createConversation(input, by: context.principal)
        return try JSONResponse.make(conversation, status: .created)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let id = try context.uuidParameter(resource: "Conversation")
        let view = try await store.read { reader in
            guard let conversation = try await reader.conversation(id: id, workspaceID: workspaceID) else {
                throw HeedError.notFound("Conversation")
            }
            return try await ConversationView.view(conversation, reader: reader)
        }
        return try JSONResponse.make(view)
    }

    @Sendable func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        let input = try await body.decode(ConversationChanges.self, from: request)
        let updated = try await desk.updateConversation(id: id, with: input, by: context.principal)
        return try JSONResponse.make(try await store.read { try await ConversationView.view(updated, reader: $0) })
    }

    @Sendable func handoffPackage(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let id = try context.uuidParameter(resource: "Conversation")
        let (conversation, customer, messages, notes) = try await store.read { reader in
            guard let conversation = try await reader.conversation(id: id, workspaceID: workspaceID),
                let customer = try await reader.customer(id: conversation.customerID, workspaceID: workspaceID)
            else { throw HeedError.notFound("Conversation") }
            let messages = try await reader.latestMessages(
                conversationID: id, workspaceID: workspaceID, limit: PageRequest.maximumLimit)
            return (conversation, customer, messages, try await reader.notes(customerID: customer.id, workspaceID: workspaceID))
        }
        // Outside the read: a model-written summary may take seconds, and must not hold a connection meanwhile.
        var package = await handoff.build(conversation: conversation, customer: customer, messages: messages)
        package.memory = notes
        return try JSONResponse.make(package)
    }

    @Sendable func messages(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let id = try context.uuidParameter(resource: "Conversation")
        let page = try request.pageRequest()
        let messages = try await store.read { reader in
            guard try await reader.conversation(id: id, workspaceID: workspaceID) != nil else {
                throw HeedError.notFound("Conversation")
            }
            return try await reader.messages(conversationID: id, workspaceID: workspaceID, page: page)
        }
        return try JSONResponse.page(messages)
    }

    /// An agent's reply or note goes to the desk; a customer's message through the AI agent's turn.
    @Sendable func postMessage(_ request: Request, context: SignedInContext) async throws -> Response {
        let principal = context.principal
        let id = try context.uuidParameter(resource: "Conversation")
        let input = try await body.decode(NewMessage.self, from: request)
        guard (input.author ?? .customer) == .customer, input.internalNote != true else {
            let recorded = try await desk.postMessage(input, conversationID: id, by: principal)
            return try JSONResponse.make(
                PostedMessage(message: recorded.message, reply: nil), status: recorded.created ? .created : .ok)
        }
        let text = try Validate.text(input.body, field: "body", maxLength: ConversationDesk.maxMessageLength)
        let clientID = try Validate.optionalText(input.clientMessageID, field: "client_message_id", maxLength: 200)
        let result = try await pipeline.handle(
            CustomerTurn(workspaceID: principal.workspaceID, conversationID: id, body: text, clientMessageID: clientID))
        let reply = input.awaitReply == false ? nil : result.reply
        return try JSONResponse.make(
            PostedMessage(message: result.message, reply: reply), status: result.created ? .created : .ok)
    }
}
