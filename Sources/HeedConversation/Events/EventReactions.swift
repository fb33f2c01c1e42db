import Foundation
import Synchronization

/// What this node does right after it publishes a conversation event, on the publisher's own task: automation
/// rules run here, once for the cluster, on the node where the event happened — never in the bus subscribers that
/// every node runs. A reaction runs after the event's transaction committed; it must not throw (it logs).
public final class EventReactions: Sendable {
    /// One reaction to an event published on this node; true when it changed something (a rule acted).
    public typealias Reaction = @Sendable (AgentEvent) async -> Bool

    private let reactions = Mutex<[Reaction]>([])

    public init() {}

    /// Adds a reaction to every event published on this node from now on.
    public func add(_ reaction: @escaping Reaction) {
        reactions.withLock { $0.append(reaction) }
    }

    /// Runs every reaction on `event`, in the order they were added; true when one changed something.
    func react(to event: AgentEvent) async -> Bool {
        var acted = false
        for reaction in reactions.withLock({ $0 }) where await reaction(event) {
            acted = true
        }
        return acted
    }
}
