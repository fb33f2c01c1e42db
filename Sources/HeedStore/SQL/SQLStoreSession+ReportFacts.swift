import Foundation
import HeedCore
import SQLKit

extension SQLStoreSession {
    /// Rows per statement: well under both engines' limits on bound parameters.
    private static let factsBatch = 500

    func reportFacts(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [StoredReportFacts] {
        let rows = try await documents.database.select().column(Self.packedFactsRow, as: "packed")
            .from("report_conversations")
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("conversation_created_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(from)))
            .where("conversation_created_at", .lessThan, SQLBind(Timestamp.microseconds(to)))
            .orderBy("conversation_created_at").orderBy("conversation_id")
            .all()
        return try rows.map { try Self.factsRow(packed: try $0.decode(column: "packed", as: String.self)) }
    }

    /// One text per row — id, creation, version, then the facts (or nothing while stale) — so a report decodes one
    /// value a row instead of four: per-column decoding dominated reading tens of thousands of rows.
    private static let packedFactsRow = SQLRaw(
        "conversation_id || '\u{1E}' || CAST(conversation_created_at AS TEXT) || '\u{1E}' || CAST(version AS TEXT)"
            + " || '\u{1E}' || COALESCE(facts, '')")

    private static func factsRow(packed: String) throws -> StoredReportFacts {
        let fields = packed.utf8.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, let id = UUID(uuidString: String(decoding: fields[0], as: UTF8.self)),
            let created = Int64(String(decoding: fields[1], as: UTF8.self)),
            let version = Int64(String(decoding: fields[2], as: UTF8.self))
        else { throw HeedError(.internalFailure, code: .internalError, message: "A report row is unreadable.") }
        return StoredReportFacts(
            conversationID: id, conversationCreatedAt: Timestamp.date(microseconds: created), version: version,
            facts: fields[3].isEmpty ? nil : String(decoding: fields[3], as: UTF8.self))
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
