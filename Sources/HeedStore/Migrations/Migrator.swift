import Foundation
import Logging
import SQLKit

/// Brings a database's schema up to date, once, even when several Heed nodes start together.
public struct Migrator: Sendable {
    private let engine: any SQLEngine
    private let logger: Logger

    public init(engine: any SQLEngine, logger: Logger) {
        self.engine = engine
        self.logger = logger
    }

    /// Applies every migration the database has not seen yet; returns the versions applied.
    @discardableResult
    public func migrate() async throws -> [Int] {
        let dialect = engine.dialect
        let logger = self.logger
        return try await engine.withTransaction { database in
            if dialect == .postgres {
                // Serialises concurrent starts of several nodes; released at commit.
                try await database.raw("SELECT pg_advisory_xact_lock(7242019)").run()
            }
            try await database.raw(
                """
                CREATE TABLE IF NOT EXISTS heed_schema_migrations (
                    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
                """
            ).run()
            let applied = Set(
                try await database.select().column("version").from("heed_schema_migrations").all()
                    .map { try $0.decode(column: "version", as: Int64.self) }
            )
            var newlyApplied: [Int] = []
            for migration in SchemaMigrations.all where !applied.contains(Int64(migration.version)) {
                for statement in migration.statements(for: dialect) {
                    try await database.raw(SQLQueryString(stringLiteral: statement)).run()
                }
                try await database.insert(into: "heed_schema_migrations")
                    .columns("version", "name", "applied_at")
                    .values(
                        SQLBind(Int64(migration.version)), SQLBind(migration.name),
                        SQLBind(Int64(Date().timeIntervalSince1970 * 1_000_000)))
                    .run()
                logger.info(
                    "Applied migration",
                    metadata: ["migration.version": "\(migration.version)", "migration.name": "\(migration.name)"])
                newlyApplied.append(migration.version)
            }
            return newlyApplied
        }
    }

    /// The newest schema version this build of Heed knows.
    public static var latestVersion: Int { SchemaMigrations.all.map(\.version).max() ?? 0 }
}
