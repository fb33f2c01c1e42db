import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// The inbound e-mail channel: one conversation per thread (found through In-Reply-To / References), the customer
/// found by address or created, and the message handled like any other, idempotently by its Message-ID.
struct EmailChannelController {
    let store: any SupportStore
    let pipeline: TurnPipeline
    let clock: any WallClock
    let body: JSONBodyReader

    struct InboundResult: Encodable {
        let conversationID: UUID
        let posted: ConversationController.PostedMessage

        func encode(to encoder: any Encoder) throws {
            try posted.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(conversationID, forKey: .conversationID)
        }

        enum Keys: String, CodingKey {
            case conversationID = "conversation_id"
        }
    }

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.post("channels/email/inbound") { request, context in
            let principal = try context.requirePrincipal()
            let email = try await body.decode(InboundEmailRequest.self, from: request)
            let sender = email.sender
            let address = try Validate.email(sender.email, field: "from")
            let text = try Validate.text(email.text, field: "text", maxLength: ConversationDesk.maxMessageLength)
            let messageID = try Validate.text(email.messageID, field: "message_id", maxLength: 500)
            let subject = try Validate.optionalText(email.subject, field: "subject", maxLength: 300)
            let now = clock.now()
            let conversation = try await store.write { writer in
                for candidate in email.threadCandidates + [messageID] {
                    if let thread = try await writer.conversation(externalThreadID: candidate, workspaceID: principal.workspaceID) {
                        return thread
                    }
                }
                let customer = try await Self.customer(
                    email: address, name: sender.name, workspaceID: principal.workspaceID, writer: writer, now: now)
                let conversation = Conversation(
                    workspaceID: principal.workspaceID, customerID: customer.id, channel: .email, subject: subject,
                    createdAt: now)
                try await writer.insert(conversation, externalThreadID: email.threadCandidates.last ?? messageID)
                return conversation
            }
            let result = try await pipeline.handle(
                CustomerTurn(
                    workspaceID: principal.workspaceID, conversationID: conversation.id, body: text,
                    clientMessageID: messageID))
            return try JSONResponse.make(
                InboundResult(
                    conversationID: conversation.id,
                    posted: ConversationController.PostedMessage(message: result.message, reply: result.reply)),
                status: result.created ? .created : .ok)
        }
    }

    static func customer(email: String, name: String?, workspaceID: UUID, writer: any StoreWriter, now: Date)
        async throws -> Customer
    {
        if let existing = try await writer.customers(
            workspaceID: workspaceID, query: CustomerQuery(email: email), page: PageRequest(limit: 1)
        ).items.first {
            return existing
        }
        let customer = Customer(workspaceID: workspaceID, name: name, email: email, createdAt: now)
        try await writer.insert(customer)
        return customer
    }
}
