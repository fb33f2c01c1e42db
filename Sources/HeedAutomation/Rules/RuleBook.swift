import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// A workspace's rules as admins manage them: validated (also against the store: teams and agents named by
/// actions must be the workspace's), audited, webhook secrets kept when an update does not resend them; every
/// change is announced so each node's ``RuleCache`` reloads.
public struct RuleBook: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    let cacheChanges: CacheChanges?

    public init(store: any SupportStore, clock: any WallClock, cacheChanges: CacheChanges? = nil) {
        self.store = store
        self.clock = clock
        self.cacheChanges = cacheChanges
    }

    /// Creates a rule from `draft`, which must name the trigger and the actions.
    public func create(_ draft: RuleDraft, by principal: Principal) async throws -> Rule {
        guard let trigger = draft.trigger else { throw HeedError.invalidField("trigger", "is required") }
        guard let actions = draft.actions else { throw HeedError.invalidField("actions", "is required") }
        let condition: RuleCondition? = if case .value(let condition) = draft.condition { condition } else { nil }
        let now = clock.now()
        let rule = try Rule(
            workspaceID: principal.workspaceID, name: draft.name ?? "", isEnabled: draft.enabled ?? true,
            trigger: trigger, condition: condition, actions: actions, createdAt: now
        ).validated()
        try await store.write { writer in
            try await Self.checkReferences(rule, reader: writer)
            try await writer.insert(rule)
            try await writer.insert(principal.auditEvent("rule.created", subjectType: "rule", subjectID: rule.id, at: now))
        }
        await cacheChanges?.announce(.rules, workspaceID: principal.workspaceID)
        return rule
    }

    /// Applies `draft`'s fields to rule `id`.
    public func update(id: UUID, with draft: RuleDraft, by principal: Principal) async throws -> Rule {
        let now = clock.now()
        let updated = try await store.write { writer in
            guard let existing = try await writer.rule(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("Rule")
            }
            var rule = existing
            if let name = draft.name { rule.name = name }
            if let enabled = draft.enabled { rule.isEnabled = enabled }
            if let trigger = draft.trigger { rule.trigger = trigger }
            switch draft.condition {
            case .absent: break
            case .null: rule.condition = nil
            case .value(let condition): rule.condition = condition
            }
            if let actions = draft.actions { rule.actions = Self.keepingSecrets(actions, of: existing) }
            rule.updatedAt = now
            rule = try rule.validated()
            try await Self.checkReferences(rule, reader: writer)
            try await writer.update(rule)
            try await writer.insert(principal.auditEvent("rule.updated", subjectType: "rule", subjectID: id, at: now))
            return rule
        }
        await cacheChanges?.announce(.rules, workspaceID: principal.workspaceID)
        return updated
    }

    /// Deletes rule `id` (its runs stay on the audit log).
    public func delete(id: UUID, by principal: Principal) async throws {
        let now = clock.now()
        try await store.write { writer in
            try await writer.deleteRule(id: id, workspaceID: principal.workspaceID)
            try await writer.insert(principal.auditEvent("rule.deleted", subjectType: "rule", subjectID: id, at: now))
        }
        await cacheChanges?.announce(.rules, workspaceID: principal.workspaceID)
    }

    /// A webhook action sent without its secret keeps the secret the rule had for the same address.
    static func keepingSecrets(_ actions: [RuleAction], of existing: Rule) -> [RuleAction] {
        var secrets: [String: String] = [:]
        for case .callWebhook(let url, let secret?) in existing.actions { secrets[url] = secret }
        return actions.map { action in
            guard case .callWebhook(let url, nil) = action else { return action }
            return .callWebhook(url: url, secret: secrets[url])
        }
    }

    /// Teams and agents named by the rule's actions must belong to its workspace.
    static func checkReferences(_ rule: Rule, reader: any StoreReader) async throws {
        for (index, action) in rule.actions.enumerated() {
            switch action {
            case .assignTeam(let id):
                guard try await reader.team(id: id, workspaceID: rule.workspaceID) != nil else {
                    throw HeedError.invalidField("actions[\(index)].team_id", "does not name a team of this workspace")
                }
            case .assignAgent(let id):
                guard try await reader.agent(id: id, workspaceID: rule.workspaceID) != nil else {
                    throw HeedError.invalidField("actions[\(index)].agent_id", "does not name an agent of this workspace")
                }
            default: break
            }
        }
    }
}
