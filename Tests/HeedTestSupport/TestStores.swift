import Foundation
import HeedStore
import Logging
import SQLKit

/// The storage engines a test can run on.
public enum StoreEngineKind: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }
}

/// Temporary stores for tests: a fresh SQLite file, or a fresh schema in the PostgreSQL server named by
/// `HEED_TEST_POSTGRES_URL` (the test script starts one).
public enum TestStores {
    /// The PostgreSQL server for tests, if any.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEED_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the run demands PostgreSQL (the README's test command sets this, so a missing server fails).
    public static var postgresRequired: Bool {
        ProcessInfo.processInfo.environment["HEED_REQUIRE_POSTGRES"] == "1"
    }

    /// Every engine available to this run: SQLite always, PostgreSQL when configured.
    public static var engines: [StoreEngineKind] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    public static let logger: Logger = {
        var logger = Logger(label: "heed.test")
        logger.logLevel = .warning
        return logger
    }()

    /// A new, empty, migrated database location on `kind` and a function that removes it.
    public static func makeLocation(_ kind: StoreEngineKind) async throws -> (DatabaseLocation, @Sendable () async -> Void) {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let location = DatabaseLocation.sqlite(path: folder.appendingPathComponent("heed.sqlite").path)
            return (location, { try? FileManager.default.removeItem(at: folder) })
        case .postgres:
            guard let base = postgresURL else {
                throw HeedStoreConfigurationError("HEED_TEST_POSTGRES_URL is not set")
            }
            let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await runAdmin(base, "CREATE SCHEMA \(schema)")
            let separator = base.contains("?") ? "&" : "?"
            let location = DatabaseLocation.postgres(url: base + separator + "search_path=\(schema)")
            return (location, { try? await runAdmin(base, "DROP SCHEMA \(schema) CASCADE") })
        }
    }

    /// Runs `body` with a fresh, migrated store on `kind`, then removes it.
    public static func withStore(
        _ kind: StoreEngineKind, _ body: @Sendable (SQLSupportStore) async throws -> Void
    ) async throws {
        let (location, cleanUp) = try await makeLocation(kind)
        do {
            try await StoreOpener.withStore(location, logger: logger) { store in try await body(store) }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    private static func runAdmin(_ url: String, _ sql: String) async throws {
        let engine = try PostgresEngine(url: url, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await engine.run() }
            defer { group.cancelAll() }
            try await engine.withSession { database in
                try await database.raw(SQLQueryString(stringLiteral: sql)).run()
            }
        }
    }
}
