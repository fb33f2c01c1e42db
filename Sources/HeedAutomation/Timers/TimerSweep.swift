import Foundation
import HeedCore
import HeedStore

/// Sets again, every `interval`, once per cluster, the timers of every open or pending conversation: a node that
/// stopped between storing an event and setting its timers (``TimerScheduler`` runs right after the commit) leaves
/// none unset for long. Setting a timer that is set, or that fired already, changes nothing (one job per key; the
/// timers check the audit log before they fire).
public struct TimerSweep: JobHandler {
    public let kind = "timers.sweep"
    let store: any SupportStore
    let scheduler: TimerScheduler
    let interval: TimeInterval
    /// Conversations quiet for longer than this (the longest timer setting) are not looked at.
    let lookback: TimeInterval

    public init(
        store: any SupportStore, scheduler: TimerScheduler, interval: TimeInterval = 900,
        lookback: TimeInterval = Double(AutomationPolicy.hoursRange.upperBound) * 3600
    ) {
        self.store = store
        self.scheduler = scheduler
        self.interval = interval
        self.lookback = lookback
    }

    public var recurringJob: Job? { Job(kind: kind, key: kind, runAt: Date()) }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        _ = try await sweep(now: now)
        return .again(at: now.addingTimeInterval(interval))
    }

    /// Sets the timers of every conversation still going; returns how many conversations it looked at.
    public func sweep(now: Date) async throws -> Int {
        var seen = 0
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            for status in [ConversationStatus.open, .pending] {
                var cursor: String?
                repeat {
                    let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
                    let page = try await store.read {
                        try await $0.conversations(workspaceID: workspaceID, filter: ConversationFilter(status: status), page: request)
                    }
                    for conversation in page.items where (conversation.lastMessageAt ?? conversation.updatedAt) > now.addingTimeInterval(-lookback) {
                        try await scheduler.scheduleSilence(conversation)
                        try await scheduler.scheduleWarnings(conversation)
                        seen += 1
                    }
                    cursor = page.nextCursor
                } while cursor != nil
            }
        }
        return seen
    }
}
