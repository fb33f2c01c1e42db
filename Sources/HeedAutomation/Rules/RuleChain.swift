import Foundation
import Synchronization

/// The rules that ran for one outside event and everything their actions set off: a rule's own actions publish
/// events (its `set_priority` is a `conversation.updated`), and those must not start it again. Each rule runs at
/// most once per outside event, and a chain of rules setting off rules stops after ``maxDepth`` levels.
struct RuleChain: Sendable {
    /// How many rules deep a chain may go.
    static let maxDepth = 3

    /// The chain the current task is in; nil outside any rule's actions (an event from a person, a channel, the AI).
    @TaskLocal static var current: RuleChain?

    /// The rules that ran so far, shared by every level of the chain.
    final class Fired: Sendable {
        let ids = Mutex<Set<UUID>>([])
    }

    let fired: Fired
    let depth: Int

    /// The chain of a new outside event.
    static func starting() -> RuleChain {
        RuleChain(fired: Fired(), depth: 0)
    }

    /// Claims `ruleID`'s one run in this chain: false when it ran already or the chain is too deep.
    func claim(_ ruleID: UUID) -> Bool {
        guard depth < Self.maxDepth else { return false }
        return fired.ids.withLock { $0.insert(ruleID).inserted }
    }

    /// The chain as the actions of a rule at this level see it.
    var deeper: RuleChain {
        RuleChain(fired: fired, depth: depth + 1)
    }
}
