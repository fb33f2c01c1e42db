import Foundation

/// A canned reply agents insert from the composer: a name and a text per language with placeholders
/// (`{{customer.first_name}}`, `{{agent.name}}`, `{{customer.attributes.order_id}}`…), filled for the conversation
/// at hand.
public struct Macro: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var name: String
    public var text: MessageTemplate
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), workspaceID: UUID, name: String, text: MessageTemplate, createdAt: Date) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.text = text
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, text
        case workspaceID = "workspace_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Checks the name (at most 100 characters) and the texts (known placeholders, valid language codes).
    public func validated() throws -> Macro {
        var macro = self
        macro.name = try Validate.text(name, field: "name", maxLength: 100)
        macro.text = try text.validated(field: "text")
        return macro
    }
}
