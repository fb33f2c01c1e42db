import Foundation
import HeedCore

/// Whether a tool only reads or also changes the customer's data.
public enum ToolEffect: String, Sendable, Codable, Hashable {
    case read
    case write
}

/// Who may use a tool in a conversation.
public enum ToolAccess: String, Sendable, Codable, Hashable {
    /// Anyone, before the customer is identified (identity lookups, the catalog, utilities).
    case anyone
    /// Only once the conversation has a verified customer; the tool sees that customer's data only.
    case verifiedCustomer = "verified_customer"
}

/// What a model or an agent is told about a tool, and the policy facts Heed enforces for it.
public struct ToolDefinition: Sendable, Hashable {
    /// The function name, e.g. `cancel_pending_order`.
    public var name: String
    public var description: String
    /// The arguments as a JSON-schema object.
    public var parameters: JSONValue
    public var effect: ToolEffect
    /// Whether the customer must say yes to the listed change before it happens.
    public var needsConfirmation: Bool
    public var access: ToolAccess

    public init(
        name: String, description: String, parameters: JSONValue, effect: ToolEffect,
        needsConfirmation: Bool? = nil, access: ToolAccess = .verifiedCustomer
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.effect = effect
        self.needsConfirmation = needsConfirmation ?? (effect == .write)
        self.access = access
    }

    /// The definition in OpenAI function-calling format: `{"type":"function","function":{name,description,parameters}}`.
    public var openAIFunction: JSONValue {
        .object([
            "type": .string("function"),
            "function": .object([
                "name": .string(name), "description": .string(description), "parameters": parameters,
            ]),
        ])
    }
}
