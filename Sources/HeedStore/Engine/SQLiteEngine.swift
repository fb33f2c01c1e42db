import Logging
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO

/// The embedded engine: one SQLite file in WAL mode with synchronous commits, so an acknowledged write survives a
/// crash. One connection serves all work in turn; SQLite serialises writers anyway, and one connection keeps
/// transactions from interleaving.
public final class SQLiteEngine: SQLEngine {
    public let dialect = SQLDialectKind.sqlite
    private let connection: SQLiteConnection
    private let lock = AsyncLock()

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating if needed) the database at `path`, or an in-memory database when `path` is nil.
    public static func open(path: String?, logger: Logger) async throws -> SQLiteEngine {
        let storage: SQLiteConnection.Storage = path.map { .file(path: $0) } ?? .memory
        let connection = try await SQLiteConnection.open(
            storage: storage, threadPool: .singleton, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()
        ).get()
        let engine = SQLiteEngine(connection: connection)
        do {
            try await engine.configure(inMemory: path == nil)
        } catch {
            try? await connection.close().get()
            throw error
        }
        return engine
    }

    private func configure(inMemory: Bool) async throws {
        let database = connection.sql()
        if !inMemory {
            try await database.raw("PRAGMA journal_mode=WAL").run()
        }
        try await database.raw("PRAGMA synchronous=FULL").run()
        try await database.raw("PRAGMA foreign_keys=ON").run()
        try await database.raw("PRAGMA busy_timeout=5000").run()
    }

    public func withSession<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await lock.withLock { try await body(connection.sql()) }
    }

    public func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await lock.withLock {
            let database = connection.sql()
            try await database.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(database)
                try await database.raw("COMMIT").run()
                return result
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    public func shutdown() async throws {
        try await connection.close().get()
    }
}
