import Foundation
import HeedCore

/// A rule as an admin sends it: a new rule (every field but `enabled` required) or changes to one (absent fields
/// stay; `condition: null` removes the condition).
public struct RuleDraft: Decodable, Sendable {
    public var name: String?
    public var enabled: Bool?
    public var trigger: RuleTrigger?
    public var condition: PatchField<RuleCondition>
    public var actions: [RuleAction]?

    enum CodingKeys: String, CodingKey {
        case name, enabled, trigger, condition, actions
    }

    public init(
        name: String? = nil, enabled: Bool? = nil, trigger: RuleTrigger? = nil,
        condition: PatchField<RuleCondition> = .absent, actions: [RuleAction]? = nil
    ) {
        self.name = name
        self.enabled = enabled
        self.trigger = trigger
        self.condition = condition
        self.actions = actions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled)
        trigger = try c.decodeIfPresent(RuleTrigger.self, forKey: .trigger)
        condition = try c.decodePatch(RuleCondition.self, forKey: .condition)
        actions = try c.decodeIfPresent([RuleAction].self, forKey: .actions)
    }
}
