import Foundation
import HeedActions
import HeedCore
import HeedTestSupport
import Testing

@Suite("Identity and lookup tools")
struct ReadToolTests {
    @Test("Find by e-mail is case-insensitive and identifies the customer", arguments: TestStores.engines)
    func findByEmail(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            let missing = await session.call("find_user_id_by_email", arguments: args(["email": "nobody@example.com"]))
            #expect(missing == .completed(ToolResult(text: "Error: user not found", isError: true)))
            #expect(await session.verifiedCustomerID == nil)
            let found = await session.call("find_user_id_by_email", arguments: args(["email": "Ana.Lee@Example.com"]))
            #expect(found.text == "ana_lee_1001")
            #expect(await session.verifiedCustomerID == (try await loaded.customer("ana_lee_1001")).id)
        }
    }

    @Test("Find by name and zip needs all three to match", arguments: TestStores.engines)
    func findByNameZip(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            let wrongZip = await session.call(
                "find_user_id_by_name_zip", arguments: args(["first_name": "Ben", "last_name": "Cho", "zip": "10001"]))
            #expect(wrongZip.text == "Error: user not found")
            let found = await session.call(
                "find_user_id_by_name_zip", arguments: args(["first_name": "ben", "last_name": "CHO", "zip": "94105"]))
            #expect(found.text == "ben_cho_2002")
        }
    }

    @Test("User and order details come in the retail JSON shape", arguments: TestStores.engines)
    func details(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let user = try parsed(await session.call("get_user_details", arguments: args(["user_id": "ana_lee_1001"])))
            #expect(user["name"]?["first_name"]?.stringValue == "Ana")
            #expect(user["orders"] == .array(["#W1000001", "#W1000002", "#W1000004"].map(JSONValue.string)))
            #expect(user["payment_methods"]?["gift_card_2222"]?["balance"]?.numberValue == 100)
            #expect(user["address"]?["zip"]?.stringValue == "10001")
            let order = try parsed(await session.call("get_order_details", arguments: args(["order_id": "#W1000002"])))
            #expect(order["status"]?.stringValue == "delivered")
            #expect(order["user_id"]?.stringValue == "ana_lee_1001")
            #expect(order["fulfillments"]?.arrayValue?.first?["tracking_id"] == .array([.string("123456789012")]))
            #expect(order["items"]?.arrayValue?.count == 3)
            #expect(order["payment_history"]?.arrayValue?.first?["amount"]?.numberValue == 82.25)
            let missing = await session.call("get_order_details", arguments: args(["order_id": "#W9999999"]))
            #expect(missing.text == "Error: order not found")
        }
    }

    @Test("The catalog is readable before identification", arguments: TestStores.engines)
    func catalog(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            let types = try parsed(await session.call("list_all_product_types", arguments: .object([:])))
            #expect(types == .object(["Desk Lamp": .string("1000000002"), "Water Bottle": .string("1000000001")]))
            let product = try parsed(await session.call("get_product_details", arguments: args(["product_id": "1000000001"])))
            #expect(product["variants"]?["2000000003"]?["available"] == .bool(false))
            #expect(product["variants"]?["2000000002"]?["price"]?.numberValue == 25.5)
            let missing = await session.call("get_product_details", arguments: args(["product_id": "2000000001"]))
            #expect(missing.text == "Error: product not found")
        }
    }

    @Test("Calculate, think and transfer answer without data", arguments: [StoreEngineKind.sqlite])
    func utilities(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session()
            #expect(await session.call("calculate", arguments: args(["expression": "(20 + 40.5) * 2 / 3"])).text == "40.33")
            #expect(await session.call("calculate", arguments: args(["expression": "-2 + 4"])).text == "2.0")
            #expect(await session.call("calculate", arguments: args(["expression": "2 ** 3"])).isError)
            #expect(await session.call("calculate", arguments: args(["expression": "1 / 0"])).isError)
            #expect(
                await session.call("calculate", arguments: args(["expression": "import os"])).text
                    == "Error: invalid characters in expression")
            #expect(await session.call("think", arguments: args(["thought": "hmm"])).text == "")
            #expect(await session.call("transfer_to_human_agents", arguments: args(["summary": "x"])).text == "Transfer successful")
            #expect(await session.call("no_such_tool", arguments: .object([:])).isError)
            #expect(await session.call("calculate", arguments: .object([:])).text == "Error: missing argument 'expression'")
        }
    }
}
