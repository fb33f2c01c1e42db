import Foundation

/// A workspace's automation rule: when `trigger` happens and `condition` holds, run `actions` in order.
public struct Rule: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var name: String
    public var isEnabled: Bool
    public var trigger: RuleTrigger
    /// Nil: the rule acts on every event of its trigger.
    public var condition: RuleCondition?
    public var actions: [RuleAction]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, name: String, isEnabled: Bool = true, trigger: RuleTrigger,
        condition: RuleCondition? = nil, actions: [RuleAction], createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.isEnabled = isEnabled
        self.trigger = trigger
        self.condition = condition
        self.actions = actions
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, trigger, condition, actions
        case workspaceID = "workspace_id"
        case isEnabled = "enabled"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The rule as API clients see it: webhook secrets left out.
    public var withoutSecrets: Rule {
        var copy = self
        copy.actions = actions.map { action in
            if case .callWebhook(let url, _) = action { return .callWebhook(url: url, secret: nil) }
            return action
        }
        return copy
    }
}
