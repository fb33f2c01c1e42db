import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Resolves a conversation whose customer has been silent for the workspace's `auto_resolve_hours` since the
/// support side wrote (through the desk, audited as the system). A cluster job (``TimerScheduler`` sets it); stale
/// — the customer wrote meanwhile, auto-resolve was turned off — it does nothing.
public struct AutoResolveTimer: JobHandler {
    public let kind = TimerKind.autoResolve
    public let recurringJob: Job? = nil
    let store: any SupportStore
    let desk: ConversationDesk

    public init(store: any SupportStore, desk: ConversationDesk) {
        self.store = store
        self.desk = desk
    }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let payload = try TimerPayload.decode(job)
        guard let silence = try await CustomerSilence.current(payload, store: store),
            let hours = silence.policy.autoResolveHours
        else { return .done }
        guard now >= silence.end(after: hours) else { return .again(at: silence.end(after: hours)) }
        _ = try await desk.updateConversation(
            id: silence.conversation.id, with: ConversationChanges(status: .resolved),
            workspaceID: silence.conversation.workspaceID, actor: .system)
        return .done
    }
}
