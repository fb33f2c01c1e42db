import Foundation
import HeedCore
import HeedStore

/// A conversation as the API shows it: every stored field plus `team`, the team's name (null when unrouted).
struct ConversationView: Encodable, Sendable {
    let conversation: Conversation
    let teamName: String?

    func encode(to encoder: any Encoder) throws {
        try conversation.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(teamName, forKey: .team)
    }

    enum Keys: String, CodingKey {
        case team
    }

    /// Views of `conversations`, with team names looked up once.
    static func views(_ conversations: [Conversation], workspaceID: UUID, reader: any StoreReader) async throws
        -> [ConversationView]
    {
        let teams = try await reader.teams(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit))
        let names = Dictionary(uniqueKeysWithValues: teams.items.map { ($0.id, $0.name) })
        return conversations.map { ConversationView(conversation: $0, teamName: $0.teamID.flatMap { names[$0] }) }
    }
}
