import SQLKit

/// The SQL dialect an engine speaks, where the shared SQL must differ.
public enum SQLDialectKind: String, Sendable {
    case sqlite
    case postgres
}

/// A database Heed's shared SQL runs on: hands out a session for a unit of work, or a transaction.
public protocol SQLEngine: Sendable {
    /// The engine's dialect.
    var dialect: SQLDialectKind { get }

    /// Runs `body` on one database session.
    func withSession<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T

    /// Closes all connections. The engine must not be used afterwards.
    func shutdown() async throws
}
