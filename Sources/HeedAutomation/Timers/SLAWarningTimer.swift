import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Reminds the assignee that a due time is near: `sla.warning` to the workspace's agents (with the target, the due
/// time and the assignee) and to rules, an e-mail to the assignee when mail is set up, audited. A cluster job
/// (``TimerScheduler`` sets it); stale — answered or resolved meanwhile, the due time moved, already breached, warnings turned off — it does nothing, and when the
/// warning was moved later it waits for it.
public struct SLAWarningTimer: JobHandler {
    public let kind = TimerKind.slaWarning
    public let recurringJob: Job? = nil
    let store: any SupportStore
    let events: ConversationEvents
    let reminders: AssigneeReminders?

    /// A timer that also e-mails the assignee through `reminders`, when given.
    public init(store: any SupportStore, events: ConversationEvents, reminders: AssigneeReminders? = nil) {
        self.store = store
        self.events = events
        self.reminders = reminders
    }

    /// The due times a handed-off conversation has still to meet, by target.
    static func dueTimes(of conversation: Conversation) -> [(String, Date)] {
        var due: [(String, Date)] = []
        if conversation.firstResponseAt == nil, let date = conversation.firstResponseDueAt { due.append(("first_response", date)) }
        if conversation.resolvedAt == nil, let date = conversation.resolutionDueAt { due.append(("resolution", date)) }
        return due
    }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let payload = try TimerPayload.decode(job)
        let found = try await store.read { reader in
            (try await reader.conversation(id: payload.conversationID, workspaceID: payload.workspaceID),
             try await reader.workspace(id: payload.workspaceID)?.policy.automation.slaWarningMinutes)
        }
        guard let conversation = found.0, let minutes = found.1, conversation.handler == .human, !conversation.slaBreached,
            conversation.status == .open || conversation.status == .pending,
            Self.dueTimes(of: conversation).contains(where: { $0.0 == payload.target && payload.refers(to: $0.1) }),
            now < payload.date, try await !payload.hasFired("conversation.sla_warning", store: store)
        else { return .done }
        let warnAt = payload.date.addingTimeInterval(-Double(minutes) * 60)
        guard now >= warnAt else { return .again(at: warnAt) }
        if let reminders, let assigneeID = conversation.assigneeID,
            let agent = try await store.read({ try await $0.agent(id: assigneeID, workspaceID: payload.workspaceID) })
        {
            try await reminders.remind(agent, about: conversation, target: payload.target ?? "", due: payload.date, at: now)
        }
        try await store.write { writer in
            try await writer.insert(
                AuditEvent(
                    workspaceID: payload.workspaceID, actor: .system, action: "conversation.sla_warning",
                    subjectType: "conversation", subjectID: conversation.id,
                    details: payload.auditDetails, createdAt: now))
        }
        await events.publish(
            .slaWarning, conversation,
            details: [
                "target": .string(payload.target ?? ""), "due_at": .string(Timestamp.format(payload.date)),
                "assignee_id": conversation.assigneeID.map { .string($0.uuidString) } ?? .null,
            ])
        return .done
    }
}
