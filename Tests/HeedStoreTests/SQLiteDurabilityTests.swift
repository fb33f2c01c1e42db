import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@Suite("SQLite engine")
struct SQLiteDurabilityTests {
    @Test("Data survives closing and reopening the file")
    func reopenKeepsData() async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(.sqlite)
        defer { Task { await cleanUp() } }
        let workspace = Fixtures.workspace()
        try await StoreOpener.withStore(location, logger: TestStores.logger) { store in
            try await store.write { try await $0.insert(workspace) }
        }
        let reopened = try await StoreOpener.withStore(location, logger: TestStores.logger) { store in
            try await store.read { try await $0.workspace(id: workspace.id) }
        }
        #expect(reopened == workspace)
    }

    @Test("Database locations resolve from settings")
    func locationResolution() throws {
        #expect(try DatabaseLocation.resolve(databaseURL: nil, dataDirectory: "/tmp/d") == .sqlite(path: "/tmp/d/heed.sqlite"))
        #expect(
            try DatabaseLocation.resolve(databaseURL: "postgres://u:p@h:5/db", dataDirectory: "x")
                == .postgres(url: "postgres://u:p@h:5/db"))
        #expect(try DatabaseLocation.resolve(databaseURL: "sqlite::memory:", dataDirectory: "x") == .sqlite(path: nil))
        #expect(throws: HeedStoreConfigurationError.self) {
            try DatabaseLocation.resolve(databaseURL: "mysql://nope", dataDirectory: "x")
        }
        #expect(DatabaseLocation.postgres(url: "postgres://u:secret@h/db").description.contains("secret") == false)
    }
}
