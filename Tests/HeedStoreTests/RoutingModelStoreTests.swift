import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Learned routing models, on both engines: one per workspace, bytes intact, replaced on save, kept apart.
@Suite("Store: routing models")
struct RoutingModelStoreTests {
    static func model(_ workspace: Workspace, bytes: Data, teams: [String] = ["Billing", "Shipping"], at offset: Double = 0)
        -> RoutingModel
    {
        RoutingModel(
            workspaceID: workspace.id, teams: teams,
            examples: [RoutingExample(text: "charged twice", team: "Billing"), RoutingExample(text: "late parcel", team: "Shipping")],
            classifier: bytes, createdAt: Fixtures.now.addingTimeInterval(offset))
    }

    @Test("A saved model reads back byte for byte, and saving again replaces it", arguments: TestStores.engines)
    func roundTrip(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            // Every byte value, a zero run and some length: what a binary model file holds.
            let bytes = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 256) })
            try await store.write { writer in
                try await writer.insert(workspace)
                #expect(try await writer.routingModel(workspaceID: workspace.id) == nil)
                try await writer.save(Self.model(workspace, bytes: bytes))
            }
            let read = try #require(try await store.read { try await $0.routingModel(workspaceID: workspace.id) })
            #expect(read.classifier == bytes)
            #expect(read.teams == ["Billing", "Shipping"])
            #expect(read.examples.count == 2)

            let replacement = Self.model(workspace, bytes: Data([1, 2, 3]), teams: ["Billing", "Sales"], at: 60)
            try await store.write { try await $0.save(replacement) }
            let replaced = try #require(try await store.read { try await $0.routingModel(workspaceID: workspace.id) })
            #expect(replaced.classifier == Data([1, 2, 3]))
            #expect(replaced.teams == ["Billing", "Sales"])
            #expect(replaced.createdAt == read.createdAt, "replacing keeps when the workspace first trained")
        }
    }

    @Test("Each workspace sees only its own model; deleting removes it", arguments: TestStores.engines)
    func isolation(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let one = Fixtures.workspace("One")
            let two = Fixtures.workspace("Two")
            try await store.write { writer in
                try await writer.insert(one)
                try await writer.insert(two)
                try await writer.save(Self.model(one, bytes: Data([9])))
            }
            #expect(try await store.read { try await $0.routingModel(workspaceID: two.id) } == nil)
            #expect(try await store.write { try await $0.deleteRoutingModel(workspaceID: two.id) } == false)
            #expect(try await store.write { try await $0.deleteRoutingModel(workspaceID: one.id) } == true)
            #expect(try await store.read { try await $0.routingModel(workspaceID: one.id) } == nil)
        }
    }
}
