import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Runs a workspace's rules on the events published on this node: each event's triggers pick the enabled rules
/// waiting for them (oldest first); each rule whose condition holds runs its actions in order; each run is
/// audited (`rule.ran`: the event, the conversation, every action and whether it worked). Attached to the node's
/// ``EventReactions``, so a rule runs once for the cluster, right after the event's transaction, on the node where
/// the event happened. A rule's own actions never start it again (``RuleChain``).
public struct RuleEngine: Sendable {
    let store: any SupportStore
    let runner: RuleActionRunner
    let clock: any WallClock
    let logger: Logger
    let cache: RuleCache?

    /// An engine reading rules from `store`, through `cache` when given (a node's server does: rules are then
    /// read once per workspace until they change).
    public init(store: any SupportStore, runner: RuleActionRunner, clock: any WallClock, logger: Logger, cache: RuleCache? = nil) {
        self.store = store
        self.runner = runner
        self.clock = clock
        self.logger = logger
        self.cache = cache
    }

    /// Makes the engine react to every event `events` publishes on this node.
    public func attach(to events: ConversationEvents) {
        events.reactions.add { [self] event in !(await self.react(to: event)).isEmpty }
    }

    /// Runs the rules `event` triggers; returns the ids of the rules that ran. Never throws: a failure is logged
    /// and audited, and the event's own work is already stored.
    @discardableResult
    public func react(to event: AgentEvent) async -> [UUID] {
        let triggers = RuleTrigger.fired(by: event)
        guard !triggers.isEmpty, let conversation = event.conversation else { return [] }
        let chain = RuleChain.current ?? RuleChain.starting()
        do {
            let candidates = try await candidates(workspaceID: event.workspaceID, triggers: triggers)
            guard !candidates.isEmpty else { return [] }
            var facts = try await loadFacts(for: event, conversation: conversation)
            var ran: [UUID] = []
            for (trigger, rule) in candidates where rule.condition?.matches(facts) ?? true && chain.claim(rule.id) {
                facts = try await RuleChain.$current.withValue(chain.deeper) {
                    try await run(rule, trigger: trigger, facts: facts)
                }
                ran.append(rule.id)
            }
            return ran
        } catch {
            logger.error("Rules not run", metadata: ["event.type": "\(event.type.rawValue)", "error.type": "\(type(of: error))"])
            return []
        }
    }

    /// The enabled rules of the workspace for each trigger, from the cache or the store.
    func candidates(workspaceID: UUID, triggers: [RuleTrigger]) async throws -> [(RuleTrigger, Rule)] {
        if let cache { return try await cache.rules(workspaceID: workspaceID, triggers: triggers, store: store) }
        return try await store.read { reader in
            var found: [(RuleTrigger, Rule)] = []
            for trigger in triggers {
                found += try await reader.enabledRules(workspaceID: workspaceID, trigger: trigger).map { (trigger, $0) }
            }
            return found
        }
    }

    /// The facts of `event`: its conversation and message, the customer, team and assignee, a rating's score, the
    /// tools a reply called.
    func loadFacts(for event: AgentEvent, conversation: Conversation) async throws -> RuleFacts {
        var facts = try await RuleFacts.load(conversation, store: store, at: clock.now())
        facts.message = event.message
        if case .number(let score)? = event.details["rating"] { facts.rating = Int(score) }
        facts.toolNames = event.message?.annotations.toolCalls?.map(\.tool) ?? []
        return facts
    }

    /// `facts` with the conversation, team and assignee as stored now (after a rule changed them).
    func refreshed(_ facts: RuleFacts) async throws -> RuleFacts {
        var fresh = try await RuleFacts.load(facts.conversation, store: store, at: clock.now())
        fresh.message = facts.message
        fresh.rating = facts.rating
        fresh.toolNames = facts.toolNames
        return fresh
    }

    /// Runs the rule's actions in order, each seeing what the previous did (a failed one is audited and the next
    /// still runs), then audits the run. Returns the facts afterwards.
    private func run(_ rule: Rule, trigger: RuleTrigger, facts: RuleFacts) async throws -> RuleFacts {
        var facts = facts
        var outcomes: [JSONValue] = []
        for action in rule.actions {
            do {
                facts.conversation = try await runner.run(action, of: rule, trigger: trigger, facts: facts)
                facts = try await refreshed(facts)
                outcomes.append(.object(["type": .string(action.kind.rawValue), "outcome": .string("done")]))
            } catch {
                logger.warning(
                    "Rule action failed",
                    metadata: ["rule.id": "\(rule.id)", "rule.action": "\(action.kind.rawValue)", "error.type": "\(type(of: error))"])
                outcomes.append(
                    .object(["type": .string(action.kind.rawValue), "outcome": .string("failed"), "reason": .string(Self.reason(error))]))
            }
        }
        let audit = AuditEvent(
            workspaceID: rule.workspaceID, actor: Actor(kind: .rule, id: rule.id), action: "rule.ran", subjectType: "rule",
            subjectID: rule.id,
            details: [
                "event": .string(trigger.rawValue), "conversation_id": .string(facts.conversation.id.uuidString),
                "message_id": facts.message.map { .string($0.id.uuidString) } ?? .null, "actions": .array(outcomes),
            ],
            createdAt: clock.now())
        try await store.write { try await $0.insert(audit) }
        return facts
    }

    /// Why an action failed, in words fit for the audit log (no internals).
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as HeedError: error.message
        case let error as WebhookRefused: "the webhook answered \(error.status)"
        case let error as WebhookBlocked: error.reason
        default: "the action could not be completed"
        }
    }
}
