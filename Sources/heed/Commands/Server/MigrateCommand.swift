import ArgumentParser
import HeedStore

/// `heed migrate`: brings the database schema up to date and exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending database migrations and exit.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let logger = LoggingSetup.bootstrap(level: try store.resolvedLogLevel())
        let location = try DatabaseLocation.resolve(
            databaseURL: store.resolvedDatabaseURL, dataDirectory: store.resolvedDataDirectory)
        let applied = try await StoreOpener.withStore(location, logger: logger) { _ in
            // Migrations ran while opening; nothing else to do.
            Migrator.latestVersion
        }
        print("Database \(location) is at schema version \(applied).")
    }
}
