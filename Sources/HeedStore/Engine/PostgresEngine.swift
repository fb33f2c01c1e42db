import Foundation
import Logging
import NIOSSL
import PostgresKit
import PostgresNIO
import SQLKit
import ServiceLifecycle

/// The multi-node engine: a pooled PostgreSQL client. Several stateless Heed nodes can share one database.
///
/// The pool works while ``run()`` runs: add the engine to the application's services, or use
/// ``StoreOpener/withStore(_:logger:_:)`` for scoped work.
public final class PostgresEngine: SQLEngine, Service {
    public let dialect = SQLDialectKind.postgres
    private let client: PostgresClient
    private let logger: Logger

    /// Creates an engine for a `postgres://user:password@host:port/database?sslmode=disable|prefer|require` URL
    /// (optionally `&search_path=SCHEMA`).
    public init(url: String, logger: Logger) throws {
        self.client = PostgresClient(configuration: try Self.configuration(from: url), backgroundLogger: logger)
        self.logger = logger
    }

    /// Runs the connection pool until cancelled.
    public func run() async {
        await client.run()
    }

    public func withSession<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql(logger: logger))
        }
    }

    public func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await body(connection.sql(logger: logger))
            }
        } catch let error as PostgresTransactionError {
            // Callers care about why their work failed (a conflict, a missing record), not the wrapper.
            if let cause = error.closureError { throw cause }
            throw error
        }
    }

    public func shutdown() async throws {}

    /// Runs `body` with one of the pool's connections for as long as it runs (the event bus's listener).
    func withDedicatedConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection(body)
    }

    static func configuration(from url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
            components.scheme == "postgres" || components.scheme == "postgresql",
            let host = components.host, !host.isEmpty
        else {
            throw HeedStoreConfigurationError(
                "The database URL must look like postgres://user:password@host:5432/database")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw HeedStoreConfigurationError("Unknown sslmode '\(sslMode)': use disable, prefer or require")
        }
        var configuration = PostgresClient.Configuration(
            host: host,
            port: components.port ?? 5432,
            username: components.user?.removingPercentEncoding ?? "postgres",
            password: components.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database,
            tls: tls
        )
        if let searchPath = components.queryItems?.first(where: { $0.name == "search_path" })?.value {
            // Lets several Heed installations (or test runs) share a database, each in its own schema.
            configuration.options.additionalStartupParameters.append(("search_path", searchPath))
        }
        return configuration
    }
}

/// The store's settings are not usable (a malformed database URL, a data folder that cannot be created).
public struct HeedStoreConfigurationError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
