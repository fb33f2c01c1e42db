import Foundation

/// One labelled example for learned routing: a customer's words and the team (by name) that should take them.
public struct RoutingExample: Sendable, Codable, Hashable {
    public var text: String
    public var team: String

    public init(text: String, team: String) {
        self.text = text
        self.team = team
    }
}

/// A workspace's routing model, learned from labelled examples: the examples it was trained on and the trained
/// text classifier's bytes (its labels are team names). One per workspace; training again replaces it.
public struct RoutingModel: Sendable, Codable, Hashable, Identifiable {
    /// The workspace's id (there is one model per workspace).
    public var id: UUID { workspaceID }
    public var workspaceID: UUID
    /// The team names the model predicts, sorted.
    public var teams: [String]
    public var examples: [RoutingExample]
    /// The classifier in the language library's model file format.
    public var classifier: Data
    public var createdAt: Date
    public var updatedAt: Date

    public init(workspaceID: UUID, teams: [String], examples: [RoutingExample], classifier: Data, createdAt: Date) {
        self.workspaceID = workspaceID
        self.teams = teams
        self.examples = examples
        self.classifier = classifier
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case teams, examples, classifier
        case workspaceID = "workspace_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
