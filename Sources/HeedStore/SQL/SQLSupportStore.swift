import Foundation
import HeedCore
import SQLKit

/// The ``SupportStore`` over any ``SQLEngine``: the same SQL on SQLite and PostgreSQL.
public struct SQLSupportStore: SupportStore {
    public let engine: any SQLEngine

    public init(engine: any SQLEngine) {
        self.engine = engine
    }

    public func ping() async throws {
        _ = try await engine.withSession { database in
            try await database.raw("SELECT 1 AS ok").first()
        }
    }

    public func read<T: Sendable>(_ body: @Sendable (any StoreReader) async throws -> T) async throws -> T {
        let dialect = engine.dialect
        return try await engine.withSession { database in
            try await body(SQLStoreSession(database: database, dialect: dialect))
        }
    }

    public func write<T: Sendable>(_ body: @Sendable (any StoreWriter) async throws -> T) async throws -> T {
        let dialect = engine.dialect
        return try await engine.withTransaction { database in
            try await body(SQLStoreSession(database: database, dialect: dialect))
        }
    }

    public func shutdown() async throws {
        try await engine.shutdown()
    }
}
