import Foundation
import HeedCore
import SQLKit

extension SQLStoreSession {
    /// The columns of `report_events`, in insert order.
    private static let reportColumns = [
        "id", "workspace_id", "conversation_id", "kind", "occurred_at", "conversation_created_at", "agent_id",
        "message_id", "value", "detail", "channel", "team_id", "priority", "language", "intent", "customer_tier",
        "first_response_due_at", "resolution_due_at",
    ]

    /// Rows per INSERT: well under both engines' limits on bound parameters.
    private static let reportInsertBatch = 500

    func insert(reportEvents events: [ReportEvent]) async throws {
        var start = events.startIndex
        while start < events.endIndex {
            let end = min(start + Self.reportInsertBatch, events.endIndex)
            var insert = documents.database.insert(into: "report_events").columns(Self.reportColumns)
            for event in events[start..<end] { insert = insert.values(Self.reportValues(event)) }
            try await insert.run()
            start = end
        }
        try await markFactsStale(of: events)
    }

    func reportEvents(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [ReportEvent] {
        let query = documents.database.select().column(Self.packedEvent, as: "packed")
            .from("report_events")
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("conversation_created_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(from)))
            .where("conversation_created_at", .lessThan, SQLBind(Timestamp.microseconds(to)))
        return try await packedEvents(query, workspaceID: workspaceID)
    }

    func reportEvents(workspaceID: UUID, conversationIDs: [UUID]) async throws -> [ReportEvent] {
        var events: [ReportEvent] = []
        var start = conversationIDs.startIndex
        while start < conversationIDs.endIndex {
            let end = min(start + Self.reportInsertBatch, conversationIDs.endIndex)
            let query = documents.database.select().column(Self.packedEvent, as: "packed")
                .from("report_events")
                .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
                .where("conversation_id", .in, SQLBind.group(conversationIDs[start..<end].map(\.uuidString)))
            events += try await packedEvents(query, workspaceID: workspaceID)
            start = end
        }
        return events.sortedByConversationCreation()
    }

    func handoffEvents(workspaceID: UUID, reasons: [String], since: Date, limit: Int) async throws -> [ReportEvent] {
        guard !reasons.isEmpty else { return [] }
        let rows = try await documents.database.select().column(Self.packedEvent, as: "packed")
            .from("report_events")
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("kind", .equal, SQLBind(ReportEventKind.handedOff.rawValue))
            .where("occurred_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(since)))
            .where("detail", .in, SQLBind.group(reasons))
            .orderBy("occurred_at", .descending).limit(limit)
            .all()
        return try rows.map {
            try Self.reportEvent(packed: try $0.decode(column: "packed", as: String.self), workspaceID: workspaceID)
        }
    }

    /// The events a query selects (one packed column), in creation order and, within a conversation, as they
    /// happened.
    private func packedEvents(_ query: SQLSelectBuilder, workspaceID: UUID) async throws -> [ReportEvent] {
        let rows = try await query
            .orderBy("conversation_created_at").orderBy("conversation_id").orderBy("occurred_at")
            .all()
        return try rows.map {
            try Self.reportEvent(packed: try $0.decode(column: "packed", as: String.self), workspaceID: workspaceID)
        }.sortedWithinConversations()
    }

    /// The columns a report reads, in the order they are packed; `detail` (free text) last.
    private static let packedColumns = [
        "id", "conversation_id", "kind", "occurred_at", "conversation_created_at", "agent_id", "message_id", "value",
        "channel", "team_id", "priority", "language", "intent", "customer_tier", "first_response_due_at",
        "resolution_due_at", "detail",
    ]

    /// The unit separator between packed fields.
    private static let separator: UInt8 = 0x1F

    /// One text per row with every column a report reads (NULL as empty), so a report decodes one value a row
    /// instead of seventeen: reports read hundreds of thousands of rows, and per-column decoding dominated.
    private static let packedEvent = SQLRaw(
        packedColumns.map { "COALESCE(CAST(\($0) AS TEXT), '')" }.joined(separator: " || '\u{1F}' || "))

    private static func reportEvent(packed: String, workspaceID: UUID) throws -> ReportEvent {
        let fields = packed.utf8.split(separator: separator, maxSplits: packedColumns.count - 1, omittingEmptySubsequences: false)
            .map { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) }
        func id(_ index: Int) -> UUID? { fields[index].flatMap(UUID.init(uuidString:)) }
        func time(_ index: Int) -> Date? { fields[index].flatMap { Int64($0) }.map { Timestamp.date(microseconds: $0) } }
        guard fields.count == packedColumns.count, let eventID = id(0), let conversationID = id(1),
            let kind = fields[2].flatMap(ReportEventKind.init(rawValue:)), let occurredAt = time(3),
            let createdAt = time(4)
        else { throw HeedError(.internalFailure, code: .internalError, message: "A reporting event is unreadable.") }
        return ReportEvent(
            id: eventID, workspaceID: workspaceID, conversationID: conversationID, kind: kind, occurredAt: occurredAt,
            conversationCreatedAt: createdAt, agentID: id(5), messageID: id(6), value: fields[7].flatMap(Double.init),
            detail: fields[16], channel: fields[8].flatMap(Channel.init(rawValue:)), teamID: id(9),
            priority: fields[10].flatMap(Priority.init(rawValue:)), language: fields[11], intent: fields[12],
            customerTier: fields[13].flatMap(CustomerTier.init(rawValue:)), firstResponseDueAt: time(14),
            resolutionDueAt: time(15))
    }

    private static func reportValues(_ event: ReportEvent) -> [any SQLExpression] {
        func text(_ value: String?) -> any SQLExpression { value.map { SQLBind($0) } ?? SQLLiteral.null }
        func time(_ value: Date?) -> any SQLExpression {
            value.map { SQLBind(Timestamp.microseconds($0)) } ?? SQLLiteral.null
        }
        return [
            SQLBind(event.id.uuidString), SQLBind(event.workspaceID.uuidString), SQLBind(event.conversationID.uuidString),
            SQLBind(event.kind.rawValue), time(event.occurredAt), time(event.conversationCreatedAt),
            text(event.agentID?.uuidString), text(event.messageID?.uuidString),
            event.value.map { SQLBind($0) } ?? SQLLiteral.null, text(event.detail), text(event.channel?.rawValue),
            text(event.teamID?.uuidString), text(event.priority?.rawValue), text(event.language), text(event.intent),
            text(event.customerTier?.rawValue), time(event.firstResponseDueAt), time(event.resolutionDueAt),
        ]
    }
}

extension Array where Element == ReportEvent {
    /// Batches read one after the other put back in one order: conversations by creation, events as they happened.
    fileprivate func sortedByConversationCreation() -> [ReportEvent] {
        sorted {
            ($0.conversationCreatedAt, $0.conversationID.uuidString) < ($1.conversationCreatedAt, $1.conversationID.uuidString)
        }.sortedWithinConversations()
    }

    /// Within each conversation's run of events, ties in time broken by ``ReportEventKind/tieOrder``.
    fileprivate func sortedWithinConversations() -> [ReportEvent] {
        var sorted = self
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end].conversationID == sorted[start].conversationID { end += 1 }
            sorted[start..<end].sort(by: ReportEvent.happenedBefore)
            start = end
        }
        return sorted
    }
}
