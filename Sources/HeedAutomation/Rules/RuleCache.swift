import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Synchronization

/// This node's copy of each workspace's enabled rules, by trigger, read from the store on first use and dropped
/// when the bus says the workspace's rules changed (``CacheChange/rules``, from any node, this one included).
/// A load that raced with a change is not kept.
public final class RuleCache: Sendable {
    private struct Entry {
        var generation = 0
        var rules: [RuleTrigger: [Rule]]?
    }

    private let entries = Mutex<[UUID: Entry]>([:])

    /// A cache that listens on `bus` for rule changes.
    public init(bus: any EventBus) {
        bus.addHandler { [weak self] event in
            guard event.kind == CacheChange.rules.rawValue else { return }
            self?.invalidate(event.workspaceID)
        }
    }

    /// Forgets the rules of `workspaceID`.
    public func invalidate(_ workspaceID: UUID) {
        entries.withLock { $0[workspaceID, default: Entry()].generation += 1; $0[workspaceID]?.rules = nil }
    }

    /// The enabled rules of `workspaceID` waiting for each of `triggers`, oldest first within a trigger.
    func rules(workspaceID: UUID, triggers: [RuleTrigger], store: any SupportStore) async throws -> [(RuleTrigger, Rule)] {
        let (cached, generation) = entries.withLock { ($0[workspaceID]?.rules, $0[workspaceID]?.generation ?? 0) }
        let byTrigger: [RuleTrigger: [Rule]]
        if let cached {
            byTrigger = cached
        } else {
            byTrigger = try await Self.load(workspaceID: workspaceID, store: store)
            entries.withLock { entries in
                guard (entries[workspaceID]?.generation ?? 0) == generation else { return }
                entries[workspaceID, default: Entry()].rules = byTrigger
            }
        }
        return triggers.flatMap { trigger in (byTrigger[trigger] ?? []).map { (trigger, $0) } }
    }

    static func load(workspaceID: UUID, store: any SupportStore) async throws -> [RuleTrigger: [Rule]] {
        try await store.read { reader in
            var byTrigger: [RuleTrigger: [Rule]] = [:]
            for trigger in RuleTrigger.allCases {
                let rules = try await reader.enabledRules(workspaceID: workspaceID, trigger: trigger)
                if !rules.isEmpty { byTrigger[trigger] = rules }
            }
            return byTrigger
        }
    }
}
