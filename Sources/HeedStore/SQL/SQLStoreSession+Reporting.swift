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
    }

    func reportEvents(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [ReportEvent] {
        let rows = try await documents.database.select().columns(Self.reportColumns)
            .from("report_events")
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("conversation_created_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(from)))
            .where("conversation_created_at", .lessThan, SQLBind(Timestamp.microseconds(to)))
            .orderBy("conversation_created_at").orderBy("conversation_id").orderBy("occurred_at")
            .all()
        return try rows.map(Self.reportEvent(from:)).sortedWithinConversations()
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

    private static func reportEvent(from row: any SQLRow) throws -> ReportEvent {
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        func id(_ column: String) throws -> UUID? { try text(column).flatMap(UUID.init(uuidString:)) }
        func time(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Timestamp.date(microseconds: $0) }
        }
        guard
            let eventID = try id("id"), let workspaceID = try id("workspace_id"),
            let conversationID = try id("conversation_id"),
            let kind = try text("kind").flatMap(ReportEventKind.init(rawValue:)),
            let occurredAt = try time("occurred_at"), let createdAt = try time("conversation_created_at")
        else { throw HeedError(.internalFailure, code: .internalError, message: "A reporting event is unreadable.") }
        return ReportEvent(
            id: eventID, workspaceID: workspaceID, conversationID: conversationID, kind: kind, occurredAt: occurredAt,
            conversationCreatedAt: createdAt, agentID: try id("agent_id"), messageID: try id("message_id"),
            value: try row.decode(column: "value", as: Double?.self), detail: try text("detail"),
            channel: try text("channel").flatMap(Channel.init(rawValue:)), teamID: try id("team_id"),
            priority: try text("priority").flatMap(Priority.init(rawValue:)), language: try text("language"),
            intent: try text("intent"), customerTier: try text("customer_tier").flatMap(CustomerTier.init(rawValue:)),
            firstResponseDueAt: try time("first_response_due_at"), resolutionDueAt: try time("resolution_due_at"))
    }
}

extension Array where Element == ReportEvent {
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
