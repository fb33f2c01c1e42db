import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Sets the conversation timers as durable cluster jobs when an event starts them: a reply to the customer starts
/// the silence timers (`customer.silent` with its follow-up, and auto-resolve), a hand-off or a change of due
/// times the SLA warnings. Setting a timer that is set already changes nothing (one job per key), and every timer
/// checks again when it fires whether it is still wanted, so the scheduler never has to cancel one.
public struct TimerScheduler: Sendable {
    let store: any SupportStore
    let queue: any JobQueue
    let logger: Logger

    public init(store: any SupportStore, queue: any JobQueue, logger: Logger) {
        self.store = store
        self.queue = queue
        self.logger = logger
    }

    /// Makes the scheduler look at every event `events` publishes on this node.
    public func attach(to events: ConversationEvents) {
        events.reactions.add { [self] event in
            await self.schedule(for: event)
            return false
        }
    }

    /// Sets the timers `event` starts. Never throws: a failure is logged (the event's own work is stored).
    public func schedule(for event: AgentEvent) async {
        guard let conversation = event.conversation else { return }
        do {
            switch event.type {
            case .messageCreated:
                guard let message = event.message, message.author != .customer, !message.isInternalNote else { return }
                try await scheduleSilence(conversation)
            case .conversationCreated, .conversationUpdated, .handoff:
                try await scheduleWarnings(conversation)
            default:
                return
            }
        } catch {
            logger.warning("Timers not set", metadata: ["event.type": "\(event.type.rawValue)", "error.type": "\(type(of: error))"])
        }
    }

    /// The silence timers of a conversation now waiting on its customer.
    func scheduleSilence(_ conversation: Conversation) async throws {
        guard let silence = try await CustomerSilence.load(
            conversationID: conversation.id, workspaceID: conversation.workspaceID, store: store)
        else { return }
        let payload = TimerPayload(conversationID: conversation.id, workspaceID: conversation.workspaceID, at: silence.since)
        try await queue.schedule(payload.job(kind: TimerKind.customerSilent, runAt: silence.end(after: silence.policy.customerSilentHours)))
        if let hours = silence.policy.autoResolveHours {
            try await queue.schedule(payload.job(kind: TimerKind.autoResolve, runAt: silence.end(after: hours)))
        }
    }

    /// The SLA warnings of a handed-off conversation's due times still to meet.
    func scheduleWarnings(_ conversation: Conversation) async throws {
        guard conversation.handler == .human, !conversation.slaBreached,
            conversation.status == .open || conversation.status == .pending,
            !SLAWarningTimer.dueTimes(of: conversation).isEmpty,
            let minutes = try await store.read({ try await $0.workspace(id: conversation.workspaceID) })?.policy.automation
                .slaWarningMinutes
        else { return }
        for (target, due) in SLAWarningTimer.dueTimes(of: conversation) {
            let payload = TimerPayload(
                conversationID: conversation.id, workspaceID: conversation.workspaceID, at: due, target: target)
            try await queue.schedule(payload.job(kind: TimerKind.slaWarning, runAt: due.addingTimeInterval(-Double(minutes) * 60)))
        }
    }
}
