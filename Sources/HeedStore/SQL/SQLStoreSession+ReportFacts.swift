import Foundation
import HeedCore
import SQLKit

extension SQLStoreSession {
    /// Rows per statement: well under both engines' limits on bound parameters.
    private static let factsBatch = 500

    func reportFacts(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [StoredReportFacts] {
        let rows = try await documents.database.select()
            .column("conversation_id").column("conversation_created_at").column("version").column("facts")
            .from("report_conversations")
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("conversation_created_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(from)))
            .where("conversation_created_at", .lessThan, SQLBind(Timestamp.microseconds(to)))
            .orderBy("conversation_created_at").orderBy("conversation_id")
            .all()
        return try rows.map { row in
            guard let id = UUID(uuidString: try row.decode(column: "conversation_id", as: String.self)) else {
                throw HeedError(.internalFailure, code: .internalError, message: "A report row is unreadable.")
            }
            return StoredReportFacts(
                conversationID: id,
                conversationCreatedAt: Timestamp.date(
                    microseconds: try row.decode(column: "conversation_created_at", as: Int64.self)),
                version: try row.decode(column: "version", as: Int64.self),
                facts: try row.decode(column: "facts", as: String?.self))
        }
    }

    func save(reportFacts: [StoredReportFacts], workspaceID: UUID) async throws {
        for batch in Self.batches(of: reportFacts) {
            var insert = documents.database.insert(into: "report_conversations")
                .columns("conversation_id", "workspace_id", "conversation_created_at", "version", "facts")
            for row in batch {
                insert = insert.values(
                    SQLBind(row.conversationID.uuidString), SQLBind(workspaceID.uuidString),
                    SQLBind(Timestamp.microseconds(row.conversationCreatedAt)), SQLBind(row.version),
                    row.facts.map { SQLBind($0) } ?? SQLLiteral.null)
            }
            // Only over the version the facts were derived at: a newer event keeps the row stale.
            try await insert.onConflict(with: ["conversation_id"]) {
                $0.set(excludedValueOf: "facts")
                    .where(SQLRaw("report_conversations.version = excluded.version"))
            }.run()
        }
    }

    /// One row per conversation of `events`, its version raised and its facts cleared (created when new).
    func markFactsStale(of events: [ReportEvent]) async throws {
        var seen = Set<UUID>()
        let conversations = events.filter { seen.insert($0.conversationID).inserted }
        for batch in Self.batches(of: conversations) {
            var insert = documents.database.insert(into: "report_conversations")
                .columns("conversation_id", "workspace_id", "conversation_created_at", "version", "facts")
            for event in batch {
                insert = insert.values(
                    SQLBind(event.conversationID.uuidString), SQLBind(event.workspaceID.uuidString),
                    SQLBind(Timestamp.microseconds(event.conversationCreatedAt)), SQLBind(Int64(1)), SQLLiteral.null)
            }
            try await insert.onConflict(with: ["conversation_id"]) {
                $0.set("version", to: SQLRaw("report_conversations.version + 1")).set("facts", to: SQLLiteral.null)
            }.run()
        }
    }

    private static func batches<T>(of items: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: factsBatch).map { items[$0..<min($0 + factsBatch, items.count)] }
    }
}
