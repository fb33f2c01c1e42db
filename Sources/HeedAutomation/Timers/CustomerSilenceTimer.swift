import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Fires when a customer has been silent for the workspace's `customer_silent_hours` since the support side
/// wrote: sends the workspace's follow-up message, if it has one, in the customer's language, then publishes
/// `customer.silent` so rules act on it. A cluster job (``TimerScheduler`` sets it); stale — the customer wrote
/// meanwhile, the conversation was resolved — it does nothing, and when the hours were raised it waits for them.
public struct CustomerSilenceTimer: JobHandler {
    public let kind = TimerKind.customerSilent
    public let recurringJob: Job? = nil
    let store: any SupportStore
    let recorder: MessageRecorder
    let events: ConversationEvents
    /// The audit action of a silence that fired.
    static let audited = "conversation.customer_silent"

    public init(store: any SupportStore, recorder: MessageRecorder, events: ConversationEvents) {
        self.store = store
        self.recorder = recorder
        self.events = events
    }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let payload = try TimerPayload.decode(job)
        guard let silence = try await CustomerSilence.current(payload, store: store),
            try await !payload.hasFired(Self.audited, store: store)
        else { return .done }
        let hours = silence.policy.customerSilentHours
        guard now >= silence.end(after: hours) else { return .again(at: silence.end(after: hours)) }
        var conversation = silence.conversation
        if let template = silence.policy.followUp {
            conversation = try await sendFollowUp(template, silence: silence, now: now)
        }
        let audit = AuditEvent(
            workspaceID: payload.workspaceID, actor: .system, action: Self.audited, subjectType: "conversation",
            subjectID: payload.conversationID, details: payload.auditDetails, createdAt: now)
        try await store.write { try await $0.insert(audit) }
        await events.publish(
            .customerSilent, conversation,
            details: ["silent_since": .string(Timestamp.format(silence.since)), "silent_hours": .number(Double(hours))])
        return .done
    }

    /// The follow-up, once per silence even when the job is retried (its client message id names the silence).
    private func sendFollowUp(_ template: MessageTemplate, silence: CustomerSilence, now: Date) async throws -> Conversation {
        let facts = try await RuleFacts.load(silence.conversation, store: store, at: now)
        let language = facts.language
        let message = Message(
            workspaceID: silence.conversation.workspaceID, conversationID: silence.conversation.id, author: .system,
            body: template.render(language: language, values: facts.placeholderValues),
            language: template.texts[language ?? ""] == nil ? nil : language,
            clientMessageID: "follow-up:\(Timestamp.microseconds(silence.since))", createdAt: now)
        return try await recorder.record(message).conversation
    }
}
