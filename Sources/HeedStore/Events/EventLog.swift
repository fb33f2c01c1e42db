import Foundation
import HeedCore
import SQLKit

/// The `event_log` table on PostgreSQL: appends events one commit at a time, so the log a reader sees is always
/// a prefix of the final log, and reads what came after a sequence.
///
/// The log is read for the whole cluster, not per workspace: a node's one feed carries every workspace's events
/// and each event names its workspace, which subscribers filter on.
struct EventLog: Sendable {
    let engine: any SQLEngine
    /// How many events one catch-up read returns at most.
    static let batchSize = 500
    /// Serialises appends: a sequence taken and committed under it is never overtaken by a later one.
    static let appendLockKey = 7_242_020

    /// The notification channel of this database schema: several installations (or test runs) can share a
    /// database in their own schemas without waking each other.
    static let channelExpression = "'heed_events_' || current_schema()"

    /// Stores `event` and announces its sequence to every listening node, in one transaction.
    func append(_ event: BusEvent) async throws -> Int64 {
        try await engine.withTransaction { database in
            try await database.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(Self.appendLockKey)))").run()
            let row = try await database.raw(
                """
                INSERT INTO event_log (origin, kind, workspace_id, conversation_id, customer_id, subject_id, payload,
                    created_at)
                VALUES (\(bind: event.origin.uuidString), \(bind: event.kind), \(bind: event.workspaceID.uuidString),
                    \(bind: event.conversationID?.uuidString), \(bind: event.customerID?.uuidString),
                    \(bind: event.subjectID?.uuidString), \(bind: event.payload),
                    \(bind: Timestamp.microseconds(event.createdAt)))
                RETURNING sequence
                """
            ).first()
            guard let sequence = try row?.decode(column: "sequence", as: Int64.self) else {
                throw EventBusError.logUnavailable("the insert returned no sequence")
            }
            try await database.raw(
                "SELECT pg_notify(\(unsafeRaw: Self.channelExpression), \(bind: String(sequence)))"
            ).run()
            return sequence
        }
    }

    /// The events after `sequence`, oldest first, at most ``batchSize``.
    func events(after sequence: Int64) async throws -> [BusEvent] {
        try await engine.withSession { database in
            try await database.raw(
                """
                SELECT sequence, origin, kind, workspace_id, conversation_id, customer_id, subject_id, payload, created_at
                FROM event_log WHERE sequence > \(bind: sequence) ORDER BY sequence LIMIT \(unsafeRaw: String(Self.batchSize))
                """
            ).all().map(Self.event(from:))
        }
    }

    /// Removes the events older than `date`: a node that was away longer than that reloads from the store instead.
    func prune(before date: Date) async throws {
        try await engine.withSession { database in
            try await database.raw("DELETE FROM event_log WHERE created_at < \(bind: Timestamp.microseconds(date))").run()
        }
    }

    /// The newest sequence in the log (0 when it is empty).
    func latestSequence() async throws -> Int64 {
        try await engine.withSession { database in
            let row = try await database.raw("SELECT MAX(sequence) AS latest FROM event_log").first()
            guard let row, try !row.decodeNil(column: "latest") else { return 0 }
            return try row.decode(column: "latest", as: Int64.self)
        }
    }

    private static func event(from row: any SQLRow) throws -> BusEvent {
        func id(_ column: String) throws -> UUID? {
            try row.decode(column: column, as: String?.self).flatMap(UUID.init(uuidString:))
        }
        var event = BusEvent(
            kind: try row.decode(column: "kind", as: String.self),
            workspaceID: try id("workspace_id") ?? UUID(),
            conversationID: try id("conversation_id"), customerID: try id("customer_id"), subjectID: try id("subject_id"),
            payload: try row.decode(column: "payload", as: String.self),
            createdAt: Timestamp.date(microseconds: try row.decode(column: "created_at", as: Int64.self)))
        event.sequence = try row.decode(column: "sequence", as: Int64.self)
        event.origin = try id("origin") ?? UUID()
        return event
    }
}
