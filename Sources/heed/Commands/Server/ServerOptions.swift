import ArgumentParser
import Foundation
import HeedServer
import Logging

/// Options shared by the commands that open the store; each falls back to a `HEED_*` environment variable.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Folder for the embedded database and local data (env HEED_DATA_DIR; default ./heed-data).")
    var dataDirectory: String?

    @Option(name: .customLong("database-url"), help: "postgres://user:password@host:5432/db to use PostgreSQL (env HEED_DATABASE_URL).")
    var databaseURL: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (env HEED_LOG_LEVEL; default info).")
    var logLevel: String?

    var resolvedDataDirectory: String {
        dataDirectory ?? Environment.value("HEED_DATA_DIR") ?? "./heed-data"
    }

    var resolvedDatabaseURL: String? {
        databaseURL ?? Environment.value("HEED_DATABASE_URL")
    }

    func resolvedLogLevel() throws -> Logger.Level {
        let text = logLevel ?? Environment.value("HEED_LOG_LEVEL") ?? "info"
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            throw ValidationError("Unknown log level '\(text)': use trace, debug, info, notice, warning, error or critical.")
        }
        return level
    }
}

/// Reads the process environment.
enum Environment {
    /// The variable's value, or nil when unset or empty.
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}

/// Sets up logging once for the process: to standard error, at `level`.
enum LoggingSetup {
    static func bootstrap(level: Logger.Level) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "heed")
        logger.logLevel = level
        return logger
    }
}
