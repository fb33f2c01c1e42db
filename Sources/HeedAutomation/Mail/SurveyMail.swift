import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// What a survey e-mail is made of: the resolved conversation, its customer (with an address), the workspace's
/// settings, the placeholders' values, and the Message-IDs of the customer's e-mails in the conversation.
struct SurveyMail: Sendable {
    let conversation: Conversation
    let customer: Customer
    let policy: AutomationPolicy
    let language: String?
    let values: [String: String]
    /// The customer's e-mails' Message-IDs, oldest first (inbound e-mails keep theirs as their client message id).
    let threadIDs: [String]

    /// The survey for `payload`'s conversation; nil when it is not resolved any more, surveys are off, or the
    /// customer has no address.
    static func load(_ payload: TimerPayload, store: any SupportStore) async throws -> SurveyMail? {
        let found = try await store.read { reader -> (Conversation, AutomationPolicy, [Message])? in
            guard let conversation = try await reader.conversation(id: payload.conversationID, workspaceID: payload.workspaceID),
                conversation.status == .resolved || conversation.status == .closed,
                let policy = try await reader.workspace(id: payload.workspaceID)?.policy.automation, policy.surveyEmail
            else { return nil }
            let messages = try await reader.latestMessages(
                conversationID: conversation.id, workspaceID: payload.workspaceID, limit: 50)
            return (conversation, policy, messages)
        }
        guard let (conversation, policy, messages) = found else { return nil }
        let facts = try await RuleFacts.load(conversation, store: store, at: conversation.updatedAt)
        guard let customer = facts.customer, customer.email?.contains("@") == true else { return nil }
        let customerMessages = messages.filter { $0.author == .customer }
        let threadIDs =
            conversation.channel == .email
            ? customerMessages.compactMap(\.clientMessageID).filter { $0.hasPrefix("<") && $0.hasSuffix(">") } : []
        return SurveyMail(
            conversation: conversation, customer: customer, policy: policy,
            language: customer.preferredLanguage ?? customerMessages.last?.language, values: facts.placeholderValues,
            threadIDs: threadIDs)
    }

    /// The e-mail, from `fromAddress`, dated `date`: a reply to the customer's last e-mail when there is one.
    func mail(fromAddress: String, at date: Date) -> OutgoingMail {
        OutgoingMail(
            to: customer.email ?? "", toName: customer.name,
            subject: policy.surveySubject.render(language: language, values: values),
            text: policy.surveyText.render(language: language, values: values),
            messageID: SurveyReply.messageID(
                conversationID: conversation.id, domain: fromAddress.split(separator: "@").last.map(String.init) ?? "heed.localhost"),
            inReplyTo: threadIDs.last,
            references: threadIDs, date: date)
    }
}
