import Foundation
import HeedActions
import HeedCore
import HeedTestSupport
import Testing

/// The policy the session enforces in code, including attacks a message or a model could try.
@Suite("Tool session guard")
struct ToolSessionGuardTests {
    static let cancelBen = args(["order_id": "#W1000003", "reason": "no longer needed"])

    @Test("Account tools refuse to run before the customer is identified", arguments: TestStores.engines)
    func identifyFirst(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            let details = await session.call("get_order_details", arguments: args(["order_id": "#W1000001"]))
            #expect(details.isError)
            #expect(details.text.contains("identified first"))
            let cancel = await session.callConfirmed("cancel_pending_order", Self.cancelBen)
            #expect(cancel.isError)
            #expect(try await loaded.order("#W1000003").status == .pending)
        }
    }

    @Test("Another customer's order number is not found, for reads and writes", arguments: TestStores.engines)
    func otherCustomersOrder(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            _ = await session.call("find_user_id_by_email", arguments: args(["email": "ana.lee@example.com"]))
            let read = await session.call("get_order_details", arguments: args(["order_id": "#W1000003"]))
            #expect(read.text == "Error: order not found")
            let write = await session.callConfirmed("cancel_pending_order", Self.cancelBen)
            #expect(write.text == "Error: order not found")
            let details = await session.call("get_user_details", arguments: args(["user_id": "ben_cho_2002"]))
            #expect(details.isError)
            #expect(!details.text.contains("ben.cho@example.com"))
            let address = await session.callConfirmed(
                "modify_user_address",
                args([
                    "user_id": "ben_cho_2002", "address1": "x", "address2": "", "city": "x", "state": "x", "country": "x",
                    "zip": "x",
                ]))
            #expect(address.isError)
            #expect(try await loaded.order("#W1000003").status == .pending)
            #expect(try await loaded.customer("ben_cho_2002").address?.city == "San Francisco")
        }
    }

    @Test("A conversation cannot switch to another customer once identified", arguments: TestStores.engines)
    func oneCustomerPerConversation(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            _ = await session.call("find_user_id_by_email", arguments: args(["email": "ana.lee@example.com"]))
            let ana = try await loaded.customer("ana_lee_1001").id
            let switched = await session.call(
                "find_user_id_by_name_zip", arguments: args(["first_name": "Ben", "last_name": "Cho", "zip": "94105"]))
            #expect(switched.isError)
            #expect(switched.text.contains("only one customer"))
            #expect(await session.verifiedCustomerID == ana)
            let again = await session.call("find_user_id_by_email", arguments: args(["email": "ANA.LEE@example.com"]))
            #expect(again.text == "ana_lee_1001")
            #expect(await session.callConfirmed("cancel_pending_order", Self.cancelBen).text == "Error: order not found")
        }
    }

    @Test("A write first returns what will change and changes nothing", arguments: TestStores.engines)
    func writeNeedsConfirmation(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let arguments = args(["order_id": "#W1000001", "reason": "no longer needed"])
            let outcome = await session.call("cancel_pending_order", arguments: arguments)
            guard case .confirmationNeeded(let request) = outcome else {
                Issue.record("expected a confirmation request, got \(outcome)")
                return
            }
            #expect(request.toolName == "cancel_pending_order")
            #expect(request.summary.contains { $0.contains("#W1000001") && $0.contains("cancelled") })
            #expect(request.summary.contains { $0.contains("Refund 60.00") && $0.contains("5 to 7 business days") })
            #expect(try await loaded.order("#W1000001").status == .pending)
            let done = await session.call("cancel_pending_order", arguments: arguments, confirmation: request.token)
            #expect(!done.isError)
            #expect(try await loaded.order("#W1000001").status == .cancelled)
        }
    }

    @Test("A made-up, reused or mismatched confirmation token executes nothing", arguments: TestStores.engines)
    func forgedConfirmation(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let cancel1 = args(["order_id": "#W1000001", "reason": "no longer needed"])
            let forged = await session.call("cancel_pending_order", arguments: cancel1, confirmation: "yes")
            #expect(forged.isError)
            guard case .confirmationNeeded(let request) = await session.call("cancel_pending_order", arguments: cancel1)
            else { Issue.record("expected a confirmation request"); return }
            let cancel4 = args(["order_id": "#W1000004", "reason": "no longer needed"])
            let swapped = await session.call("cancel_pending_order", arguments: cancel4, confirmation: request.token)
            #expect(swapped.isError)
            let reused = await session.call("cancel_pending_order", arguments: cancel1, confirmation: request.token)
            #expect(reused.isError)
            #expect(try await loaded.order("#W1000001").status == .pending)
            #expect(try await loaded.order("#W1000004").status == .pending)
        }
    }

    @Test("A write that would fail reports the error instead of asking for confirmation", arguments: TestStores.engines)
    func failingWriteAsksNothing(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let outcome = await session.call(
                "cancel_pending_order", arguments: args(["order_id": "#W1000002", "reason": "no longer needed"]))
            #expect(outcome == .completed(ToolResult(text: "Error: non-pending order cannot be cancelled", isError: true)))
        }
    }
}
