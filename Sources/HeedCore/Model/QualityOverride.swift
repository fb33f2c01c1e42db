import Foundation

/// A lead's correction of the embedded quality review of one conversation: the criteria they scored differently
/// (0…1 each, by criterion name) and why. One per conversation; setting it again replaces it.
public struct QualityOverride: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var conversationID: UUID
    public var scores: [String: Double]
    public var note: String?
    public var reviewerID: UUID?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, conversationID: UUID, scores: [String: Double], note: String?,
        reviewerID: UUID?, createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.scores = scores
        self.note = note
        self.reviewerID = reviewerID
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, scores, note
        case workspaceID = "workspace_id"
        case conversationID = "conversation_id"
        case reviewerID = "reviewer_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every field, absent optionals as explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(conversationID, forKey: .conversationID)
        try c.encode(scores, forKey: .scores)
        try c.encode(note, forKey: .note)
        try c.encode(reviewerID, forKey: .reviewerID)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
