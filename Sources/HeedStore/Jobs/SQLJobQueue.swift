import Foundation
import HeedCore
import SQLKit

/// ``JobQueue`` over the `jobs` table, on SQLite (one writer at a time: a claim is one `UPDATE … RETURNING`) and on
/// PostgreSQL (the due rows are locked with `FOR UPDATE SKIP LOCKED`, so concurrent claims on several nodes take
/// different jobs instead of waiting for each other).
public struct SQLJobQueue: JobQueue {
    let engine: any SQLEngine

    public init(engine: any SQLEngine) {
        self.engine = engine
    }

    public func schedule(_ job: Job) async throws -> Bool {
        try await engine.withSession { database in
            let rows = try await database.raw(
                """
                INSERT INTO jobs (id, kind, key, payload, run_at, attempts, created_at)
                VALUES (\(bind: job.id.uuidString), \(bind: job.kind), \(bind: job.key), \(bind: job.payload),
                    \(bind: Timestamp.microseconds(job.runAt)), 0, \(bind: Timestamp.microseconds(Date())))
                ON CONFLICT (key) DO NOTHING RETURNING id
                """
            ).all()
            return !rows.isEmpty
        }
    }

    public func claim(kinds: [String], now: Date, lease: Duration, node: String, limit: Int) async throws -> [Job] {
        guard !kinds.isEmpty, limit > 0 else { return [] }
        let now = Timestamp.microseconds(now)
        let leaseUntil = now + lease.components.seconds * 1_000_000 + lease.components.attoseconds / 1_000_000_000_000
        let lock = engine.dialect == .postgres ? "FOR UPDATE SKIP LOCKED" : ""
        let kindList = SQLList(kinds.map { SQLBind($0) })
        return try await engine.withTransaction { database in
            try await database.raw(
                """
                UPDATE jobs SET lease_until = \(bind: leaseUntil), leased_by = \(bind: node), attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM jobs WHERE kind IN (\(kindList)) AND run_at <= \(bind: now)
                        AND (lease_until IS NULL OR lease_until <= \(bind: now))
                    ORDER BY run_at LIMIT \(unsafeRaw: String(limit)) \(unsafeRaw: lock))
                RETURNING id, kind, key, payload, run_at, attempts, last_error
                """
            ).all().map(Self.job(from:))
        }
    }

    public func complete(_ job: Job) async throws {
        try await engine.withSession { database in
            try await database.raw("DELETE FROM jobs WHERE id = \(bind: job.id.uuidString)").run()
        }
    }

    public func reschedule(_ job: Job, runAt: Date, error: String?) async throws {
        try await engine.withSession { database in
            try await database.raw(
                """
                UPDATE jobs SET run_at = \(bind: Timestamp.microseconds(runAt)), lease_until = NULL, leased_by = NULL,
                    last_error = \(bind: error), attempts = \(bind: error == nil ? 0 : job.attempts)
                WHERE id = \(bind: job.id.uuidString)
                """
            ).run()
        }
    }

    public func job(key: String) async throws -> Job? {
        try await engine.withSession { database in
            try await database.raw(
                "SELECT id, kind, key, payload, run_at, attempts, last_error FROM jobs WHERE key = \(bind: key)"
            ).first().map(Self.job(from:))
        }
    }

    public func dueCounts(now: Date) async throws -> [String: Int] {
        try await engine.withSession { database in
            let rows = try await database.raw(
                """
                SELECT kind, COUNT(*) AS due FROM jobs WHERE run_at <= \(bind: Timestamp.microseconds(now))
                GROUP BY kind
                """
            ).all()
            var counts: [String: Int] = [:]
            for row in rows {
                counts[try row.decode(column: "kind", as: String.self)] = Int(try row.decode(column: "due", as: Int64.self))
            }
            return counts
        }
    }

    private static func job(from row: any SQLRow) throws -> Job {
        Job(
            id: UUID(uuidString: try row.decode(column: "id", as: String.self)) ?? UUID(),
            kind: try row.decode(column: "kind", as: String.self), key: try row.decode(column: "key", as: String.self),
            payload: try row.decode(column: "payload", as: String.self),
            runAt: Timestamp.date(microseconds: try row.decode(column: "run_at", as: Int64.self)),
            attempts: Int(try row.decode(column: "attempts", as: Int64.self)),
            lastError: try row.decode(column: "last_error", as: String?.self))
    }
}
