import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Watches handed-off conversations and flags those that miss their first-response or resolution due time, telling
/// the workspace's agents (`sla.breached`). A cluster job (see ``ClusterJobRunner``): one pass a minute by default,
/// on one node of the cluster; a pass is also callable directly, and repeating one flags nothing twice.
public struct SLAMonitor: JobHandler {
    public let kind = "sla.scan"
    let store: any SupportStore
    let events: ConversationEvents
    let clock: any WallClock
    let logger: Logger
    let interval: TimeInterval

    public init(
        store: any SupportStore, events: ConversationEvents, clock: any WallClock, logger: Logger, interval: TimeInterval = 60
    ) {
        self.store = store
        self.events = events
        self.clock = clock
        self.logger = logger
        self.interval = interval
    }

    public var recurringJob: Job? { Job(kind: kind, key: kind, runAt: clock.now()) }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let flagged = try await checkOnce()
        if flagged > 0 { logger.info("SLA breaches flagged", metadata: ["sla.flagged": "\(flagged)"]) }
        return .again(at: now.addingTimeInterval(interval))
    }

    /// Flags every open conversation that is past a due time and not yet flagged; returns how many it flagged.
    @discardableResult
    public func checkOnce() async throws -> Int {
        let now = clock.now()
        var flagged: [Conversation] = []
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            var cursor: String?
            repeat {
                let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
                let page = try await store.read {
                    try await $0.conversations(
                        workspaceID: workspaceID, filter: ConversationFilter(status: .open, handler: .human), page: request)
                }
                for conversation in page.items where !conversation.slaBreached && ServiceLevelPolicy.isBreached(conversation, at: now) {
                    let updated = try await store.write { writer -> Conversation? in
                        guard var current = try await writer.lockConversation(id: conversation.id, workspaceID: workspaceID),
                            !current.slaBreached, ServiceLevelPolicy.isBreached(current, at: now)
                        else { return nil }
                        current.slaBreached = true
                        try await writer.update(current)
                        try await writer.insert(
                            AuditEvent(
                                workspaceID: workspaceID, actor: .system, action: "conversation.sla_breached",
                                subjectType: "conversation", subjectID: current.id, createdAt: now))
                        return current
                    }
                    if let updated { flagged.append(updated) }
                }
                cursor = page.nextCursor
            } while cursor != nil
        }
        for conversation in flagged {
            await events.publish(.slaBreached, conversation)
        }
        return flagged.count
    }
}
