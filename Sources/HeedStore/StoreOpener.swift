import Foundation
import HeedCore
import Logging
import ServiceLifecycle

/// Where Heed keeps its data.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file (nil: in memory, for tests).
    case sqlite(path: String?)
    /// A PostgreSQL database URL.
    case postgres(url: String)

    /// `databaseURL` when given (`postgres://…`, or `sqlite:PATH`), else `heed.sqlite` in the data folder.
    public static func resolve(databaseURL: String?, dataDirectory: String) throws -> DatabaseLocation {
        if let url = databaseURL, !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return .postgres(url: url) }
            if url.hasPrefix("sqlite:") {
                let path = String(url.dropFirst("sqlite:".count))
                return .sqlite(path: path == ":memory:" ? nil : path)
            }
            throw HeedStoreConfigurationError(
                "Unsupported database URL: use postgres://user:password@host:5432/database or sqlite:PATH")
        }
        return .sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent("heed.sqlite").path)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path ?? ":memory:")"
        case .postgres(let url): Self.redacted(url)
        }
    }

    /// The URL with its password replaced, for logs.
    private static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? "postgres://***"
    }
}

/// An opened store, the service that must run for it to work (PostgreSQL's connection pool), if any, and the
/// event bus of its nodes with the service that keeps it listening (PostgreSQL), if any.
public struct OpenedStore: Sendable {
    public let store: SQLSupportStore
    public let service: (any Service)?
    /// In-process on SQLite; LISTEN/NOTIFY over the event log on PostgreSQL.
    public let bus: any EventBus
    /// Run it after ``service`` (it uses the pool) so it stops first.
    public let busService: (any Service)?
}

/// Opens stores and brings their schema up to date.
public enum StoreOpener {
    /// Opens the store without running migrations; a PostgreSQL store works once its `service` runs, and its bus
    /// listens once `startGate` (if any) opens.
    public static func open(_ location: DatabaseLocation, logger: Logger, startGate: StartGate? = nil) async throws
        -> OpenedStore
    {
        switch location {
        case .sqlite(let path):
            if let path {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw HeedStoreConfigurationError("Cannot create the data folder \(folder.path): \(error)")
                }
            }
            let engine = try await SQLiteEngine.open(path: path, logger: logger)
            return OpenedStore(
                store: SQLSupportStore(engine: engine), service: nil, bus: InProcessEventBus(), busService: nil)
        case .postgres(let url):
            let engine = try PostgresEngine(url: url, logger: logger)
            let bus = PostgresEventBus(engine: engine, logger: logger, startGate: startGate)
            return OpenedStore(store: SQLSupportStore(engine: engine), service: engine, bus: bus, busService: bus)
        }
    }

    /// Opens and migrates the store, runs `body` with it, then closes it.
    public static func withStore<T: Sendable>(
        _ location: DatabaseLocation, logger: Logger, _ body: @Sendable (SQLSupportStore) async throws -> T
    ) async throws -> T {
        let opened = try await open(location, logger: logger)
        let store = opened.store
        func work() async throws -> T {
            try await Migrator(engine: store.engine, logger: logger).migrate()
            return try await body(store)
        }
        guard let service = opened.service else {
            do {
                let result = try await work()
                try await store.shutdown()
                return result
            } catch {
                try? await store.shutdown()
                throw error
            }
        }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await service.run()
                return nil
            }
            defer { group.cancelAll() }
            return try await work()
        }
    }
}
