import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird
import HummingbirdWebSocket
import Logging

/// `GET /api/v1/widget/ws?token=…`: the widget's live channel. The customer sends messages and receives every
/// message of their own conversations (their own, the AI's, agents'), the AI's reply text as it is produced, and
/// hand-off state. JSON text frames:
///
/// - client → server: `{"type":"message","body","client_message_id","conversation_id"?}`,
///   `{"type":"resume","conversation_id","after_sequence"}`, `{"type":"handoff"}`, `{"type":"ping"}`
/// - server → client: `{"type":"ready","customer_id","conversation_id"}`, `{"type":"message","message"}`,
///   `{"type":"reply.delta","reply_to","text"}`, `{"type":"conversation","conversation","details"}`,
///   `{"type":"error","error":{"code","message"}}`, `{"type":"pong"}`
struct WidgetSocket {
    let store: any SupportStore
    let sessions: WidgetSessions
    let widget: WidgetController
    let pipeline: TurnPipeline
    let events: ConversationEvents

    /// Registers the socket on the WebSocket router.
    func addRoutes(to router: Router<BasicWebSocketRequestContext>) {
        router.ws("api/v1/widget/ws") { request, _ in
            // Refuse the upgrade without a valid session, before any socket exists.
            _ = try await sessions.authenticate(request.uri.queryParameters.get("token"))
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            let session = try await sessions.authenticate(context.request.uri.queryParameters.get("token"))
            try await serve(session: session, inbound: inbound, outbound: outbound, logger: context.logger)
        }
    }

    struct ClientFrame: Decodable {
        let type: String
        let body: String?
        let clientMessageID: String?
        let conversationID: UUID?
        let afterSequence: Int?

        enum CodingKeys: String, CodingKey {
            case type, body
            case clientMessageID = "client_message_id"
            case conversationID = "conversation_id"
            case afterSequence = "after_sequence"
        }
    }

    private func serve(
        session: WidgetSession, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, logger: Logger
    ) async throws {
        // One writer task owns the socket's outbound side; everything else queues frames for it.
        let (frames, queue) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1024))
        let updates = await events.customers.subscribe(session.customerID)
        let current = try await store.read { try await sessions.conversation(nil, for: session, reader: $0) }
        queue.yield(
            try Self.text(
                JSONValue.object([
                    "type": .string("ready"), "customer_id": .string(session.customerID.uuidString),
                    "conversation_id": current.map { .string($0.id.uuidString) } ?? .null,
                ])))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await frame in frames {
                    try await outbound.write(.text(frame))
                }
            }
            group.addTask {
                for await event in updates {
                    queue.yield(try Self.text(try await frame(for: event)))
                }
            }
            for try await message in inbound.messages(maxSize: 1 << 20) {
                guard case .text(let text) = message else { continue }
                await handle(text, session: session, queue: queue, logger: logger)
            }
            queue.finish()
            group.cancelAll()
        }
    }

    private func handle(_ text: String, session: WidgetSession, queue: AsyncStream<String>.Continuation, logger: Logger) async {
        do {
            let frame: ClientFrame
            do {
                frame = try HeedJSON.makeDecoder().decode(ClientFrame.self, from: Data(text.utf8))
            } catch let error as DecodingError {
                throw JSONBodyReader.explain(error)
            }
            switch frame.type {
            case "ping":
                queue.yield(#"{"type":"pong"}"#)
            case "message":
                // The customer's message, the answer as it streams and the stored reply all come back through the
                // customer's event stream, like every other message of their conversations.
                let input = WidgetMessageRequest(
                    body: frame.body ?? "", clientMessageID: frame.clientMessageID, conversationID: frame.conversationID)
                _ = try await widget.send(input, session: session, from: nil, streamsReply: true)
            case "resume":
                try await resume(frame, session: session, queue: queue)
            case "handoff":
                let conversation = try await widget.conversation(frame.conversationID, of: session)
                _ = try await pipeline.requestHuman(conversationID: conversation.id, workspaceID: session.workspaceID)
            default:
                throw HeedError.invalidField("type", "must be message, resume, handoff or ping")
            }
        } catch let error as HeedError {
            queue.yield((try? Self.text(Self.errorFrame(code: error.code, message: error.message))) ?? "")
        } catch {
            logger.error("Widget socket failure", metadata: ["error.type": "\(type(of: error))"])
            queue.yield((try? Self.text(Self.errorFrame(code: .internalError, message: "Something went wrong on our side."))) ?? "")
        }
    }

    /// Re-sends the messages a reconnecting widget missed.
    private func resume(_ frame: ClientFrame, session: WidgetSession, queue: AsyncStream<String>.Continuation) async throws {
        let after = frame.afterSequence ?? 0
        let messages = try await store.read { reader -> [Message] in
            guard let conversation = try await sessions.conversation(frame.conversationID, for: session, reader: reader) else {
                return []
            }
            return try await reader.messages(
                conversationID: conversation.id, workspaceID: session.workspaceID,
                page: PageRequest(limit: PageRequest.maximumLimit)
            ).items
        }
        for message in messages where !message.isInternalNote && message.sequence > after {
            queue.yield(try Self.text(MessageFrame(message: message)))
        }
    }

    /// A `message` frame: the message and, for AI messages, the reply view with citations and confidence.
    struct MessageFrame: Encodable {
        let message: Message

        enum Keys: String, CodingKey { case type, message, reply }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("message", forKey: .type)
            try container.encode(CustomerMessageView(message: message), forKey: .message)
            if message.author == .ai { try container.encode(CustomerMessageView(message: message), forKey: .reply) }
        }
    }

    /// A `conversation` frame: the conversation after a hand-off or another change.
    struct ConversationFrame: Encodable {
        let event: AgentEvent
        let conversation: ConversationView?
        var policy: WorkspacePolicy? = nil
        var now = Date()

        enum Keys: String, CodingKey { case type, event, conversation, details }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("conversation", forKey: .type)
            try container.encode(event.type.rawValue, forKey: .event)
            try container.encode(
                conversation.map { CustomerConversationView($0, policy: policy, now: now) }, forKey: .conversation)
            try container.encode(CustomerEventDetails.filter(event.details), forKey: .details)
        }
    }

    /// A `reply.delta` frame: a piece of the AI's answer to `reply_to` as it is produced.
    struct DeltaFrame: Encodable {
        let type = "reply.delta"
        let replyTo: String?
        let text: String

        enum CodingKeys: String, CodingKey {
            case type, text
            case replyTo = "reply_to"
        }
    }

    /// The frame for an event: conversation frames carry the team's name, so the widget can say who will reply.
    func frame(for event: AgentEvent) async throws -> any Encodable {
        if event.type == .messageCreated, let message = event.message { return MessageFrame(message: message) }
        if event.type == .replyDelta {
            return DeltaFrame(replyTo: event.details["reply_to"]?.stringValue, text: event.details["text"]?.stringValue ?? "")
        }
        guard let conversation = event.conversation else { return ConversationFrame(event: event, conversation: nil) }
        let (view, policy) = try await store.read { reader in
            (
                try await ConversationView.view(conversation, reader: reader),
                try await reader.workspace(id: conversation.workspaceID)?.policy
            )
        }
        return ConversationFrame(event: event, conversation: view, policy: policy, now: widget.clock.now())
    }

    /// A frame as JSON text.
    static func text(_ frame: any Encodable) throws -> String {
        String(decoding: try HeedJSON.makeEncoder().encode(frame), as: UTF8.self)
    }

    static func errorFrame(code: ErrorCode, message: String) -> JSONValue {
        .object([
            "type": .string("error"),
            "error": .object(["code": .string(code.rawValue), "message": .string(message)]),
        ])
    }
}
