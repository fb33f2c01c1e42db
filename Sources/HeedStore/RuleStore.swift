import Foundation
import HeedCore

/// Reads of a workspace's automation rules. Every lookup names the workspace.
public protocol RuleReader: Sendable {
    func rule(id: UUID, workspaceID: UUID) async throws -> Rule?
    /// The workspace's rules, oldest first (the order they run in), a page at a time.
    func rules(workspaceID: UUID, page: PageRequest) async throws -> Page<Rule>
    /// The workspace's enabled rules waiting for `trigger`, oldest first (at most ``RuleLimits/maxRules``).
    func enabledRules(workspaceID: UUID, trigger: RuleTrigger) async throws -> [Rule]
}

/// Writes of rules, inside ``SupportStore/write(_:)``'s transaction.
public protocol RuleWriter: RuleReader {
    func insert(_ rule: Rule) async throws
    func update(_ rule: Rule) async throws
    func deleteRule(id: UUID, workspaceID: UUID) async throws
}

/// How many rules a workspace may keep.
public enum RuleLimits {
    public static let maxRules = 500
}
