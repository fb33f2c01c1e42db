import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Deletes what a workspace's retention rule says it no longer keeps: resolved and closed conversations whose last
/// message is older than `privacy.retention_days`, with their messages and ratings, each deletion audited
/// (`conversation.expired`); and behaviour events older than `privacy.behaviour_retention_days`, one audit record
/// per workspace and pass (`customer_events.expired`). A cluster job (see ``ClusterJobRunner``): one pass an hour by
/// default, on one node of the cluster.
public struct RetentionSweeper: JobHandler {
    public let kind = "privacy.retention"
    let store: any SupportStore
    let clock: any WallClock
    let logger: Logger
    let interval: TimeInterval

    public init(store: any SupportStore, clock: any WallClock, logger: Logger, interval: TimeInterval = 3600) {
        self.store = store
        self.clock = clock
        self.logger = logger
        self.interval = interval
    }

    public var recurringJob: Job? { Job(kind: kind, key: kind, runAt: clock.now()) }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let deleted = try await sweepOnce()
        if deleted > 0 { logger.info("Expired conversations deleted", metadata: ["retention.deleted": "\(deleted)"]) }
        let events = try await expireBehaviourEvents()
        if events > 0 { logger.info("Expired behaviour events deleted", metadata: ["retention.events": "\(events)"]) }
        return .again(at: now.addingTimeInterval(interval))
    }

    /// Deletes every expired conversation of every workspace with a retention rule; returns how many.
    @discardableResult
    public func sweepOnce() async throws -> Int {
        let now = clock.now()
        var deleted = 0
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            guard let days = try await store.read({ try await $0.workspace(id: workspaceID) })?.policy.privacy.retentionDays
            else { continue }
            let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
            for status in [ConversationStatus.resolved, .closed] {
                for id in try await expired(workspaceID: workspaceID, status: status, before: cutoff) {
                    deleted += try await delete(id, workspaceID: workspaceID, days: days, now: now) ? 1 : 0
                }
            }
        }
        return deleted
    }

    /// Deletes every workspace's behaviour events older than its `privacy.behaviour_retention_days`; returns how many.
    @discardableResult
    public func expireBehaviourEvents() async throws -> Int {
        let now = clock.now()
        var deleted = 0
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            deleted += try await store.write { writer in
                guard let days = try await writer.workspace(id: workspaceID)?.policy.privacy.behaviourRetentionDays
                else { return 0 }
                let count = try await writer.deleteCustomerEvents(
                    workspaceID: workspaceID, occurredBefore: now.addingTimeInterval(-Double(days) * 86_400))
                guard count > 0 else { return 0 }
                try await writer.insert(
                    AuditEvent(
                        workspaceID: workspaceID, actor: .system, action: "customer_events.expired",
                        subjectType: "workspace", subjectID: workspaceID,
                        details: ["retention_days": .number(Double(days)), "deleted": .number(Double(count))],
                        createdAt: now))
                return count
            }
        }
        return deleted
    }

    private func expired(workspaceID: UUID, status: ConversationStatus, before cutoff: Date) async throws -> [UUID] {
        var ids: [UUID] = []
        var cursor: String?
        repeat {
            let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
            let page = try await store.read {
                try await $0.conversations(workspaceID: workspaceID, filter: ConversationFilter(status: status), page: request)
            }
            ids += page.items.filter { ($0.lastMessageAt ?? $0.createdAt) < cutoff }.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        return ids
    }

    /// Deletes one conversation unless it came back to life meanwhile (reopened, or a new message).
    private func delete(_ id: UUID, workspaceID: UUID, days: Int, now: Date) async throws -> Bool {
        try await store.write { writer in
            guard let current = try await writer.lockConversation(id: id, workspaceID: workspaceID),
                current.status == .resolved || current.status == .closed,
                (current.lastMessageAt ?? current.createdAt) < now.addingTimeInterval(-Double(days) * 86_400)
            else { return false }
            try await writer.deleteConversation(id: id, workspaceID: workspaceID)
            try await writer.insert(
                AuditEvent(
                    workspaceID: workspaceID, actor: .system, action: "conversation.expired", subjectType: "conversation",
                    subjectID: id, details: ["retention_days": .number(Double(days))], createdAt: now))
            return true
        }
    }
}
