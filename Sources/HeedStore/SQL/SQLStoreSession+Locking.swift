import Foundation
import HeedCore
import SQLKit

extension SQLStoreSession {
    func lockConversation(id: UUID, workspaceID: UUID) async throws -> Conversation? {
        var query = documents.database.select().column("doc").from(Conversation.table)
            .where("id", .equal, SQLBind(id.uuidString))
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
        if documents.dialect == .postgres {
            // A row lock held to the end of the transaction: writers of this conversation on any node wait here,
            // then read what the one before them committed.
            query = query.lockingClause(SQLLockingClause.update)
        }
        // SQLite: the transaction began IMMEDIATE, so no other writer runs until it ends.
        guard let row = try await query.first() else { return nil }
        return try documents.decode(Conversation.self, from: row)
    }
}
