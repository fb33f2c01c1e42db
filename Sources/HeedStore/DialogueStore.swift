import Foundation
import HeedCore

/// Reads of a conversation's guided-dialogue state. Every lookup names the workspace.
public protocol DialogueReader: Sendable {
    /// The dialogue state of the conversation, if a dialogue saved one.
    func dialogue(conversationID: UUID, workspaceID: UUID) async throws -> ConversationDialogue?
}

/// Writes of dialogue state, inside ``SupportStore/write(_:)``'s transaction.
public protocol DialogueWriter: DialogueReader {
    /// Stores the dialogue state, replacing the conversation's earlier one (its creation time is kept).
    func save(_ dialogue: ConversationDialogue) async throws
    /// Removes the conversation's dialogue state; false when there was none.
    func deleteDialogue(conversationID: UUID, workspaceID: UUID) async throws -> Bool
}
