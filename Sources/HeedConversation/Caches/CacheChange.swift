import Foundation
import HeedCore
import HeedStore
import Logging

/// A change to something every node keeps in memory: the node that made it publishes one of these on the bus
/// and every other node reloads that piece from the store.
public enum CacheChange: String, Sendable, CaseIterable {
    /// An article was added or edited (the event's subject is the article).
    case article = "cache.article.changed"
    /// An article was deleted (the event's subject is the article).
    case articleRemoved = "cache.article.removed"
    /// Many articles of a workspace changed (an import, the demo seeding): reload them all.
    case knowledge = "cache.knowledge.changed"
    /// The workspace's model-provider settings changed.
    case modelProvider = "cache.model_provider.changed"
    /// The workspace's learned routing model was trained or forgotten.
    case routingModel = "cache.routing_model.changed"
    /// The workspace's automation rules changed (the rule engine's cache listens for it).
    case rules = "cache.rules.changed"
}

/// Tells the other nodes that a cached piece of a workspace changed. Failures are logged, not thrown: the change
/// itself is stored, and the caller's request succeeded.
public struct CacheChanges: Sendable {
    let bus: any EventBus
    let clock: any WallClock
    let logger: Logger

    /// Announcements on `bus`, stamped with `clock`.
    public init(bus: any EventBus, clock: any WallClock, logger: Logger) {
        self.bus = bus
        self.clock = clock
        self.logger = logger
    }

    /// Announces `change` in `workspaceID` (about `subjectID`, for an article).
    public func announce(_ change: CacheChange, workspaceID: UUID, subjectID: UUID? = nil) async {
        do {
            try await bus.publish(
                BusEvent(kind: change.rawValue, workspaceID: workspaceID, subjectID: subjectID, createdAt: clock.now()))
        } catch {
            logger.warning(
                "Cache change not announced; other nodes keep the old copy",
                metadata: ["cache.change": "\(change.rawValue)", "workspace.id": "\(workspaceID)"])
        }
    }
}
