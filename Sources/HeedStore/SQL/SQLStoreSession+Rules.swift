import Foundation
import HeedCore

extension SQLStoreSession {
    func rule(id: UUID, workspaceID: UUID) async throws -> Rule? {
        try await documents.fetch(Rule.self, id: id, workspaceID: workspaceID)
    }

    func rules(workspaceID: UUID, page: PageRequest) async throws -> Page<Rule> {
        try await documents.list(Rule.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func enabledRules(workspaceID: UUID, trigger: RuleTrigger) async throws -> [Rule] {
        try await documents.fetchAll(
            Rule.self, workspaceID: workspaceID,
            where: [("trigger_event", .text(trigger.rawValue)), ("enabled", .integer(1))], limit: RuleLimits.maxRules)
    }

    func insert(_ rule: Rule) async throws { try await documents.insert(rule) }

    func update(_ rule: Rule) async throws { try await documents.update(rule) }

    func deleteRule(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Rule.self, id: id, workspaceID: workspaceID)
    }
}
