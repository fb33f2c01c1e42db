import Foundation
import HeedCore
import HeedStore

/// Tells an assignee by e-mail that a due time is near (the SLA warning), through the ``MailOutbox``.
public struct AssigneeReminders: Sendable {
    let queue: any JobQueue
    /// The address mail goes out from (for the Message-ID's domain).
    let fromAddress: String

    public init(queue: any JobQueue, fromAddress: String) {
        self.queue = queue
        self.fromAddress = fromAddress
    }

    /// Queues the reminder to `agent` about `conversation`'s `target` due at `due`.
    func remind(_ agent: Agent, about conversation: Conversation, target: String, due: Date, at now: Date) async throws {
        let what = target == "first_response" ? "first response" : "resolution"
        let minutes = max(0, Int((due.timeIntervalSince(now) / 60).rounded()))
        let mail = OutgoingMail(
            to: agent.email, toName: agent.name,
            subject: "SLA warning: \(what) due in \(minutes) min — \(conversation.subject ?? "conversation \(conversation.id.uuidString.prefix(8))")",
            text: "Hi \(agent.name),\n\nThe \(what) of conversation \(conversation.id.uuidString) (\(conversation.priority.rawValue)) "
                + "is due at \(Timestamp.format(due)), in \(minutes) minutes.\n\n— Heed",
            messageID: Self.messageID(conversation, target: target, due: due, fromAddress: fromAddress), date: now)
        try await MailOutbox.enqueue(mail, on: queue)
    }

    /// One Message-ID per conversation, target and due time, so a retried warning queues its reminder once.
    static func messageID(_ conversation: Conversation, target: String, due: Date, fromAddress: String) -> String {
        let domain = fromAddress.split(separator: "@").last.map(String.init) ?? "heed.localhost"
        return "<sla-warning.\(conversation.id.uuidString.lowercased()).\(target).\(Timestamp.microseconds(due))@\(domain)>"
    }
}
