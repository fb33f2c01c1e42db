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
    let desk: ConversationDesk
    let pipeline: TurnPipeline
    let feedback: FeedbackDesk
    let limits: WidgetRateLimits
    let body: JSONBodyReader
    /// For "we reply tomorrow from 9:00" outside business hours.
    let clock: any WallClock

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
        var policy: WorkspacePolicy? = nil
        var now = Date()

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(conversation.map { CustomerConversationView($0, policy: policy, now: now) }, forKey: .conversation)
            try c.encode(CustomerMessageView.visible(messages), forKey: .messages)
        }

        enum CodingKeys: String, CodingKey { case conversation, messages }
    }

    /// A widget turn's answer: the posted message and reply, and the conversation afterwards.
    struct Turn: Encodable {
        let message: Message
        let reply: Message?
        let conversation: ConversationView
        /// False when the client message id was seen before (nothing new stored).
        let created: Bool
        var policy: WorkspacePolicy? = nil
        var now = Date()

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(CustomerMessageView(message: message), forKey: .message)
            try c.encode(reply.map(CustomerMessageView.init), forKey: .reply)
            try c.encode(CustomerConversationView(conversation, policy: policy, now: now), forKey: .conversation)
        }

        enum Keys: String, CodingKey { case message, reply, conversation }
    }

    /// The route that opens a session (no token yet).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.post("widget/sessions", use: openSession)
        return routes
    }

    /// The routes for a widget with a live session.
    var endpoints: RouteCollection<WidgetContext> {
        let routes = RouteCollection(context: WidgetContext.self)
        routes.get("widget/conversation", use: thread)
        routes.post("widget/messages", use: postMessage)
        routes.post("widget/feedback", use: rateAnswer)
        routes.post("widget/csat", use: rateConversation)
        routes.post("widget/nps", use: recommend)
        routes.post("widget/handoff", use: requestHuman)
        return routes
    }

    @Sendable func openSession(_ request: Request, context: HeedRequestContext) async throws -> Response {
        let input = try await body.decode(CreateWidgetSessionRequest.self, from: request)
        try await limits.admitSession(from: context.remoteAddress)
        let opened = try await sessions.open(input)
        let (current, workspace) = try await store.read { reader in
            (
                try await sessions.conversation(nil, for: opened.session, reader: reader),
                try await reader.workspace(id: opened.session.workspaceID)
            )
        }
        return try JSONResponse.make(
            OpenedSession(
                token: opened.token, customerID: opened.customer.id, expiresAt: opened.session.expiresAt,
                conversationID: current?.id, workspaceName: workspace?.name ?? ""),
            status: .created)
    }

    @Sendable func thread(_ request: Request, context: WidgetContext) async throws -> Response {
        let session = context.session
        let requested = try request.queryUUID("conversation_id")
        let thread = try await store.read { reader in
            guard let conversation = try await sessions.conversation(requested, for: session, reader: reader) else {
                return Thread(conversation: nil, messages: [])
            }
            let messages = try await reader.messages(
                conversationID: conversation.id, workspaceID: session.workspaceID,
                page: PageRequest(limit: PageRequest.maximumLimit))
            return Thread(
                conversation: try await ConversationView.view(conversation, reader: reader),
                messages: messages.items, policy: try await reader.workspace(id: session.workspaceID)?.policy,
                now: clock.now())
        }
        return try JSONResponse.make(thread)
    }

    @Sendable func postMessage(_ request: Request, context: WidgetContext) async throws -> Response {
        let input = try await body.decode(WidgetMessageRequest.self, from: request)
        let result = try await send(input, session: context.session, from: context.remoteAddress, streamsReply: false)
        return try JSONResponse.make(result, status: result.created ? .created : .ok)
    }

    @Sendable func rateAnswer(_ request: Request, context: WidgetContext) async throws -> Response {
        let session = context.session
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

    @Sendable func rateConversation(_ request: Request, context: WidgetContext) async throws -> Response {
        try await answerSurvey(.csat, request: request, context: context)
    }

    @Sendable func recommend(_ request: Request, context: WidgetContext) async throws -> Response {
        try await answerSurvey(.nps, request: request, context: context)
    }

    private func answerSurvey(_ kind: FeedbackKind, request: Request, context: WidgetContext) async throws -> Response {
        let input = try await body.decode(WidgetSatisfactionRequest.self, from: request)
        let conversation = try await conversation(input.conversationID, of: context.session)
        let (stored, created) = try await feedback.answerSurvey(
            kind, rating: input.rating, comment: input.comment, conversation: conversation)
        return try JSONResponse.make(stored, status: created ? .created : .ok)
    }

    @Sendable func requestHuman(_ request: Request, context: WidgetContext) async throws -> Response {
        let conversation = try await conversation(nil, of: context.session)
        let outcome = try await pipeline.requestHuman(conversationID: conversation.id, workspaceID: conversation.workspaceID)
        let (view, policy) = try await store.read { reader in
            (
                try await ConversationView.view(outcome.conversation, reader: reader),
                try await reader.workspace(id: conversation.workspaceID)?.policy
            )
        }
        return try JSONResponse.make(CustomerConversationView(view, policy: policy, now: clock.now()))
    }

    /// The session's customer's conversation (`id`, or their open one); 404 when there is none.
    func conversation(_ id: UUID?, of session: WidgetSession) async throws -> Conversation {
        guard let conversation = try await store.read({ try await sessions.conversation(id, for: session, reader: $0) })
        else { throw HeedError.notFound("Conversation") }
        return conversation
    }

    /// Sends a customer's message from the widget: into the named conversation, or their open one, or a new one.
    /// On the live socket (`streamsReply`) the answer streams to the customer as `reply.delta` events. Each
    /// session, and each network `address`, may send only so many messages a minute (429).
    func send(_ input: WidgetMessageRequest, session: WidgetSession, from address: String?, streamsReply: Bool)
        async throws -> Turn
    {
        let text = try Validate.text(input.body, field: "body", maxLength: ConversationDesk.maxMessageLength)
        try await limits.admitMessage(session: session.id, from: address)
        let clientID = try Validate.optionalText(input.clientMessageID, field: "client_message_id", maxLength: 200)
        let conversation = try await desk.openCustomerConversation(
            input.conversationID, customerID: session.customerID, workspaceID: session.workspaceID, channel: .widget)
        let result = try await pipeline.handle(
            CustomerTurn(
                workspaceID: session.workspaceID, conversationID: conversation.id, body: text, clientMessageID: clientID,
                streamsReply: streamsReply))
        let policy = result.conversation.handler == .human
            ? try await store.read { try await $0.workspace(id: session.workspaceID)?.policy } : nil
        return Turn(
            message: result.message, reply: result.reply,
            conversation: ConversationView(conversation: result.conversation, team: result.team), created: result.created,
            policy: policy, now: clock.now())
    }
}
