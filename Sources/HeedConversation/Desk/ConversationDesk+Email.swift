import Foundation
import HeedCore
import HeedStore

/// An inbound e-mail as the desk sees it: who sent it, its Message-ID and the ids of the messages it follows.
public struct InboundEmail: Sendable {
    public var senderEmail: String
    public var senderName: String?
    public var subject: String?
    /// The e-mail's Message-ID: its idempotency key.
    public var messageID: String
    /// Message ids this e-mail follows (In-Reply-To, then References), nearest first.
    public var threadCandidates: [String]

    public init(senderEmail: String, senderName: String?, messageID: String, subject: String?, threadCandidates: [String]) {
        self.senderEmail = senderEmail
        self.senderName = senderName
        self.subject = subject
        self.messageID = messageID
        self.threadCandidates = threadCandidates
    }
}

extension ConversationDesk {
    /// The conversation of the e-mail's thread (found through the ids it follows), or a new one for the sender
    /// (found by address or created), keyed by the thread's first message id.
    public func conversation(for email: InboundEmail, workspaceID: UUID) async throws -> Conversation {
        let now = clock.now()
        let (conversation, created) = try await store.write { writer in
            for candidate in email.threadCandidates + [email.messageID] {
                if let thread = try await writer.conversation(externalThreadID: candidate, workspaceID: workspaceID) {
                    return (thread, false)
                }
            }
            let customer = try await Self.customer(
                email: email.senderEmail, name: email.senderName, workspaceID: workspaceID, writer: writer, now: now)
            let privacy = try await writer.workspace(id: workspaceID)?.policy.privacy ?? PrivacyPolicy()
            let subject = email.subject.map { PersonalDataMinimizer().minimize($0, policy: privacy).text }
            let conversation = Conversation(
                workspaceID: workspaceID, customerID: customer.id, channel: .email, subject: subject, createdAt: now)
            try await writer.open(conversation, externalThreadID: email.threadCandidates.last ?? email.messageID)
            return (conversation, true)
        }
        if created { await events.publish(.conversationCreated, conversation) }
        return conversation
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
