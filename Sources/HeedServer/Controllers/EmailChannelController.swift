import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// The inbound e-mail channel: one conversation per thread (found through In-Reply-To / References), the customer
/// found by address or created, and the message handled like any other, idempotently by its Message-ID. A reply
/// to a survey e-mail that gives a score (``SurveyReply``) from the conversation's customer is its rating instead.
struct EmailChannelController {
    let desk: ConversationDesk
    let pipeline: TurnPipeline
    let feedback: FeedbackDesk
    let store: any SupportStore
    let body: JSONBodyReader

    struct InboundResult: Encodable {
        let conversationID: UUID
        let posted: PostedMessage

        func encode(to encoder: any Encoder) throws {
            try posted.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(conversationID, forKey: .conversationID)
        }

        enum Keys: String, CodingKey {
            case conversationID = "conversation_id"
        }
    }

    /// The routes any signed-in caller may use (the mail gateway's key).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.post("channels/email/inbound", use: receive)
        return routes
    }

    @Sendable func receive(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let email = try await body.decode(InboundEmailRequest.self, from: request)
        let sender = email.sender
        let address = try Validate.email(sender.email, field: "from")
        let text = try Validate.text(email.text, field: "text", maxLength: ConversationDesk.maxMessageLength)
        let inbound = InboundEmail(
            senderEmail: address, senderName: sender.name,
            messageID: try Validate.text(email.messageID, field: "message_id", maxLength: 500),
            subject: try Validate.optionalText(email.subject, field: "subject", maxLength: 300),
            threadCandidates: email.threadCandidates)
        if let rated = try await rating(SurveyReply(text: text, threadCandidates: inbound.threadCandidates), from: address, workspaceID: workspaceID) {
            return rated
        }
        let conversation = try await desk.conversation(for: inbound, workspaceID: workspaceID)
        let result = try await pipeline.handle(
            CustomerTurn(
                workspaceID: workspaceID, conversationID: conversation.id, body: text, clientMessageID: inbound.messageID))
        return try JSONResponse.make(
            InboundResult(
                conversationID: conversation.id, posted: PostedMessage(message: result.message, reply: result.reply)),
            status: result.created ? .created : .ok)
    }

    /// The survey answer stored as the conversation's rating, when `reply` rates a conversation of this workspace
    /// whose customer sent it; nil otherwise (the e-mail is then a message like any other).
    private func rating(_ reply: SurveyReply?, from address: String, workspaceID: UUID) async throws -> Response? {
        guard let reply else { return nil }
        let found = try await store.read { reader -> Conversation? in
            guard let conversation = try await reader.conversation(id: reply.conversationID, workspaceID: workspaceID),
                let customer = try await reader.customer(id: conversation.customerID, workspaceID: workspaceID),
                customer.email?.caseInsensitiveCompare(address) == .orderedSame
            else { return nil }
            return conversation
        }
        guard let conversation = found, conversation.status == .resolved || conversation.status == .closed else { return nil }
        let (stored, created) = try await feedback.answerSurvey(
            .csat, rating: reply.rating, comment: reply.comment, conversation: conversation)
        if let recommendation = reply.recommendation {
            _ = try await feedback.answerSurvey(.nps, rating: recommendation, comment: nil, conversation: conversation)
        }
        return try JSONResponse.make(stored, status: created ? .created : .ok)
    }
}
