import Foundation
import HeedCore
import HeedStore

/// A conversation as the API shows it: every stored field plus `team`, the team's name (null when unrouted).
struct ConversationView: Encodable, Sendable {
    let conversation: Conversation
    let teamName: String?

    /// The view of `conversation` whose team (if any) is `team`.
    init(conversation: Conversation, team: Team?) {
        self.conversation = conversation
        self.teamName = team.flatMap { $0.id == conversation.teamID ? $0.name : nil }
    }

    private init(conversation: Conversation, teamName: String?) {
        self.conversation = conversation
        self.teamName = teamName
    }

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

    /// The view of one conversation, reading only its own team.
    static func view(_ conversation: Conversation, reader: any StoreReader) async throws -> ConversationView {
        let team = try await conversation.teamID.asyncFlatMap {
            try await reader.team(id: $0, workspaceID: conversation.workspaceID)
        }
        return ConversationView(conversation: conversation, team: team)
    }
}
