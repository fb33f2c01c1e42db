import Foundation
@testable import HeedActions
import HeedTestSupport
import HeedCore
import Testing

@Suite("Tool task evaluation")
struct ToolEvaluationTests {
    @Test("Ground-truth tasks pass; a failing action or a missing output fails the task")
    func evaluatesTasks() async throws {
        let dataset = try RetailDataset.load(from: RetailFixture.folder)
        let tasks = try ToolTask.load(from: RetailFixture.folder.appendingPathComponent("tasks.json"))
        let snapshot = try await RetailSnapshot.make(dataset, logger: RetailFixture.logger)
        defer { snapshot.remove() }
        let stateFolder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stateFolder) }
        let report = try await ToolEvaluation(snapshot: snapshot, logger: RetailFixture.logger)
            .run(tasks, stateFolder: stateFolder)
        #expect(report.total == 5)
        #expect(report.passed == 3)
        #expect(report.failures.map(\.task) == [3, 4])
        #expect(report.failures[0].reasons.first?.contains("non-pending order cannot be cancelled") == true)
        #expect(report.failures[1].reasons == ["output \"999.99\" is in no tool result"])
        let orders = try JSONDecoder().decode(
            JSONValue.self, from: Data(contentsOf: stateFolder.appendingPathComponent("0/orders.json")))
        #expect(orders["#W1000001"]?["status"]?.stringValue == "cancelled")
        let untouched = try JSONDecoder().decode(
            JSONValue.self, from: Data(contentsOf: stateFolder.appendingPathComponent("2/orders.json")))
        #expect(untouched["#W1000001"]?["status"]?.stringValue == "pending")
        #expect(untouched["#W1000002"]?["status"]?.stringValue == "return requested")
        let users = try JSONDecoder().decode(
            JSONValue.self, from: Data(contentsOf: stateFolder.appendingPathComponent("1/users.json")))
        #expect(users["ana_lee_1001"]?["payment_methods"]?["gift_card_2222"]?["balance"]?.numberValue == 97.75)
    }

    @Test("Later writes on the same order are each checked after they ran, the last one also at the end")
    func sequentialWrites() async throws {
        let dataset = try RetailDataset.load(from: RetailFixture.folder)
        let snapshot = try await RetailSnapshot.make(dataset, logger: RetailFixture.logger)
        defer { snapshot.remove() }
        func address(_ line: String) -> ToolTaskAction {
            ToolTaskAction(
                name: "modify_pending_order_address",
                arguments: args([
                    "order_id": "#W1000001", "address1": line, "address2": "", "city": "Boston", "state": "MA",
                    "country": "USA", "zip": "02110",
                ]))
        }
        let task = ToolTask(userID: "ana_lee_1001", actions: [address("5 Elm Road"), address("7 Oak Road")])
        let evaluation = ToolEvaluation(snapshot: snapshot, logger: RetailFixture.logger)
        #expect(try await evaluation.run([task]).passed == 1)
        let unknownUser = try await evaluation.run([ToolTask(userID: "nobody", actions: [])])
        #expect(unknownUser.failures.first?.reasons == ["user nobody not found"])
    }

    @Test("A stored state that misses a write's postconditions is reported", arguments: [StoreEngineKind.sqlite])
    func postconditionsDetectMissingChanges(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let before = try await loaded.order("#W1000004")
            let customer = try await loaded.customer("ana_lee_1001")
            let action = ToolTaskAction(
                name: "cancel_pending_order", arguments: args(["order_id": "#W1000004", "reason": "no longer needed"]))
            let expectation = try await loaded.store.read { reader in
                try await WriteExpectation.of(action, order: before, customer: customer, catalog: reader)
            }
            let failures = try #require(expectation).check(before, customer)
            #expect(failures.contains { $0.contains("status is pending, expected cancelled") })
            #expect(failures.contains { $0.contains("refunds") })
            #expect(failures.contains { $0.contains("balance of gift_card_2222") })
        }
    }
}
