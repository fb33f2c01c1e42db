import Foundation
import HeedCore

extension SQLStoreSession {
    func dialogue(conversationID: UUID, workspaceID: UUID) async throws -> ConversationDialogue? {
        try await documents.fetch(ConversationDialogue.self, id: conversationID, workspaceID: workspaceID)
    }

    func save(_ dialogue: ConversationDialogue) async throws {
        if let existing = try await self.dialogue(conversationID: dialogue.id, workspaceID: dialogue.workspaceID) {
            var replacement = dialogue
            replacement.createdAt = existing.createdAt
            try await documents.update(replacement)
        } else {
            try await documents.insert(dialogue)
        }
    }

    func deleteDialogue(conversationID: UUID, workspaceID: UUID) async throws -> Bool {
        guard try await dialogue(conversationID: conversationID, workspaceID: workspaceID) != nil else { return false }
        try await documents.delete(ConversationDialogue.self, id: conversationID, workspaceID: workspaceID)
        return true
    }
}
