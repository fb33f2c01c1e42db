import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/widget/…`: what the chat widget in a customer's browser may do, with a widget session token — only
/// ever on that customer's own conversations.
struct WidgetController {
    let store: any SupportStore
    let sessions: WidgetSessions
    let pipeline: TurnPipeline
    let feedback: FeedbackDesk
    let clock: any WallClock
    let body: JSONBodyReader

    struct OpenedSession: Encodable {
        let token: String
        let customerID: UUID
        let expiresAt: Date
        let conversationID: UUID?
        let workspaceName: String

        enum CodingKeys: String, CodingKey {
            case token
            case customerID = "customer_id"
            case expiresAt = "expires_at"
            case conversationID = "conversation_id"
            case workspaceName = "workspace_name"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(token, forKey: .token)
            try c.encode(customerID, forKey: .customerID)
            try c.encode(expiresAt, forKey: .expiresAt)
            try c.encode(conversationID, forKey: .conversationID)
            try c.encode(workspaceName, forKey: .workspaceName)
        }
    }

    struct Thread: Encodable {
        let conversation: ConversationView?
        let messages: [Message]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(conversation, forKey: .conversation)
            try c.encode(messages, forKey: .messages)
        }

        enum CodingKeys: String, CodingKey { case conversation, messages }
    }

    struct Turn: Encodable {
        let posted: ConversationController.PostedMessage
        let conversation: ConversationView
        /// False when the client message id was seen before (nothing new stored).
        let created: Bool

        func encode(to encoder: any Encoder) throws {
            try posted.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(conversation, forKey: .conversation)
        }

        enum Keys: String, CodingKey { case conversation }
    }

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.post("widget/sessions") { request, _ in
            let input = try await body.decode(CreateWidgetSessionRequest.self, from: request)
            let opened = try await sessions.open(input)
            let current = try await store.read { try await sessions.conversation(nil, for: opened.session, reader: $0) }
            let workspace = try await store.read { try await $0.workspace(id: opened.session.workspaceID) }
            return try JSONResponse.make(
                OpenedSession(
                    token: opened.token, customerID: opened.customer.id, expiresAt: opened.session.expiresAt,
                    conversationID: current?.id, workspaceName: workspace?.name ?? ""),
                status: .created)
        }
        group.get("widget/conversation") { request, _ in
            let session = try await sessions.authenticate(RequestAuthenticator.bearerToken(request))
            let requested = try request.queryUUID("conversation_id")
            let thread = try await store.read { reader in
                guard let conversation = try await sessions.conversation(requested, for: session, reader: reader) else {
                    return Thread(conversation: nil, messages: [])
                }
                let messages = try await reader.messages(
                    conversationID: conversation.id, workspaceID: session.workspaceID,
                    page: PageRequest(limit: PageRequest.maximumLimit))
                let view = try await ConversationView.views([conversation], workspaceID: session.workspaceID, reader: reader)[0]
                return Thread(conversation: view, messages: WidgetSessions.visibleMessages(messages.items))
            }
            return try JSONResponse.make(thread)
        }
        group.post("widget/messages") { request, _ in
            let session = try await sessions.authenticate(RequestAuthenticator.bearerToken(request))
            let input = try await body.decode(WidgetMessageRequest.self, from: request)
            let result = try await send(input, session: session, onDelta: nil)
            return try JSONResponse.make(result, status: result.created ? .created : .ok)
        }
        group.post("widget/feedback") { request, _ in
            let session = try await sessions.authenticate(RequestAuthenticator.bearerToken(request))
            let input = try await body.decode(WidgetRatingRequest.self, from: request)
            let conversation = try await store.read { reader -> Conversation in
                guard let message = try await reader.message(id: input.messageID, workspaceID: session.workspaceID),
                    let conversation = try await sessions.conversation(message.conversationID, for: session, reader: reader)
                else { throw HeedError.notFound("Message") }
                return conversation
            }
            let (stored, created) = try await feedback.rateAnswer(
                messageID: input.messageID, helpful: input.helpful, conversation: conversation)
            return try JSONResponse.make(stored, status: created ? .created : .ok)
        }
        group.post("widget/csat") { request, _ in
            let session = try await sessions.authenticate(RequestAuthenticator.bearerToken(request))
            let input = try await body.decode(WidgetSatisfactionRequest.self, from: request)
            guard let conversation = try await store.read({ try await sessions.conversation(input.conversationID, for: session, reader: $0) })
            else { throw HeedError.notFound("Conversation") }
            let (stored, created) = try await feedback.answerSatisfaction(
                rating: input.rating, comment: input.comment, conversation: conversation)
            return try JSONResponse.make(stored, status: created ? .created : .ok)
        }
        group.post("widget/handoff") { request, _ in
            let session = try await sessions.authenticate(RequestAuthenticator.bearerToken(request))
            guard let conversation = try await store.read({ try await sessions.conversation(nil, for: session, reader: $0) })
            else { throw HeedError.notFound("Conversation") }
            let outcome = try await pipeline.requestHuman(conversationID: conversation.id, workspaceID: session.workspaceID)
            let view = try await store.read {
                try await ConversationView.views([outcome.conversation], workspaceID: session.workspaceID, reader: $0)[0]
            }
            return try JSONResponse.make(view)
        }
    }

    /// Sends a customer's message from the widget: into the named conversation, or their open one, or a new one.
    func send(_ input: WidgetMessageRequest, session: WidgetSession, onDelta: (@Sendable (String) async -> Void)?)
        async throws -> Turn
    {
        let text = try Validate.text(input.body, field: "body", maxLength: ConversationDesk.maxMessageLength)
        let clientID = try Validate.optionalText(input.clientMessageID, field: "client_message_id", maxLength: 200)
        let now = clock.now()
        let found = try await store.read { try await sessions.conversation(input.conversationID, for: session, reader: $0) }
        let conversation = try await found.asyncOrElse { try await store.write { writer in
            // Looked up again inside the transaction: another tab may have started one meanwhile.
            if let existing = try await sessions.conversation(input.conversationID, for: session, reader: writer) {
                return existing
            }
            let created = Conversation(
                workspaceID: session.workspaceID, customerID: session.customerID, channel: .widget, createdAt: now)
            try await writer.insert(created, externalThreadID: nil)
            return created
        } }
        let result = try await pipeline.handle(
            CustomerTurn(workspaceID: session.workspaceID, conversationID: conversation.id, body: text, clientMessageID: clientID),
            onDelta: onDelta)
        let view = try await store.read {
            try await ConversationView.views([result.conversation], workspaceID: session.workspaceID, reader: $0)[0]
        }
        return Turn(
            posted: ConversationController.PostedMessage(message: result.message, reply: result.reply), conversation: view,
            created: result.created)
    }
}

extension Optional where Wrapped: Sendable {
    /// The value, or what `make` produces when there is none.
    func asyncOrElse(_ make: () async throws -> Wrapped) async throws -> Wrapped {
        if let self { return self }
        return try await make()
    }
}
