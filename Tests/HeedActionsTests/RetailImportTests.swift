import Foundation
import HeedActions
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@Suite("Retail import and export")
struct RetailImportTests {
    @Test("Users become customers with external id, name parts, e-mail, address and payment methods", arguments: TestStores.engines)
    func customersMapped(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let ana = try await loaded.customer("ana_lee_1001")
            #expect(ana.name == "Ana Lee")
            #expect(ana.givenName == "Ana")
            #expect(ana.familyName == "Lee")
            #expect(ana.email == "ana.lee@example.com")
            #expect(ana.address?.zip == "10001")
            #expect(ana.paymentMethods?.map(\.id) == ["credit_card_1111", "gift_card_2222"])
            #expect(ana.paymentMethod(id: "credit_card_1111")?.lastFour == "4242")
            let orders = try await loaded.store.read { [workspace = loaded.workspace] in
                try await $0.orders(customerID: ana.id, workspaceID: workspace.id, limit: 10)
            }
            #expect(orders.map(\.number) == ["#W1000001", "#W1000002", "#W1000004"])
        }
    }

    @Test("Exporting right after an import gives back the same users and orders", arguments: TestStores.engines)
    func roundTrip(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let state = try await loaded.store.read { [workspace = loaded.workspace] in
                try await RetailStateExporter.export(workspaceID: workspace.id, from: $0)
            }
            let users = try JSONDecoder().decode(
                JSONValue.self, from: Data(contentsOf: RetailFixture.folder.appendingPathComponent("users.json")))
            let orders = try JSONDecoder().decode(
                JSONValue.self, from: Data(contentsOf: RetailFixture.folder.appendingPathComponent("orders.json")))
            #expect(state.users == users)
            #expect(state.orders == orders)
        }
    }

    @Test("Importing twice keeps one copy of every record", arguments: TestStores.engines)
    func idempotent(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let dataset = try RetailDataset.load(from: RetailFixture.folder)
            let summary = try await RetailImporter(store: loaded.store).load(dataset, into: loaded.workspace.id)
            #expect(summary == RetailImportSummary(customers: 2, products: 2, orders: 4))
            let counts = try await loaded.store.read { [workspace = loaded.workspace] reader in
                (
                    try await reader.customers(workspaceID: workspace.id, query: CustomerQuery(), page: PageRequest(limit: 50)).items.count,
                    try await reader.orders(workspaceID: workspace.id, page: PageRequest(limit: 50)).items.count,
                    try await reader.products(workspaceID: workspace.id, page: PageRequest(limit: 50)).items.count
                )
            }
            #expect(counts == (2, 4, 2))
        }
    }

    @Test("A missing or malformed file is reported by name")
    func badFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["users.json", "products.json"] {
            try FileManager.default.copyItem(
                at: RetailFixture.folder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let missing = #expect(throws: HeedError.self) { try RetailDataset.load(from: folder) }
        #expect(missing?.code == .invalidFile)
        #expect(missing?.message.contains("orders.json is missing") == true)
        try Data(##"{"#W1": {"order_id": "#W1"}}"##.utf8).write(to: folder.appendingPathComponent("orders.json"))
        let malformed = #expect(throws: HeedError.self) { try RetailDataset.load(from: folder) }
        #expect(malformed?.message.contains("orders.json is not valid retail data") == true)
    }
}
