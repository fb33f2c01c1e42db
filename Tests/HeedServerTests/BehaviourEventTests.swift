import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Behaviour events (#18): recorded by the company's backend and by the widget (`Heed.track`), checked, listed per
/// customer, exported with the customer and erased with them.
@Suite("Behaviour events")
struct BehaviourEventTests {
    /// A bootstrapped workspace, its admin key, its public key and a customer's id.
    func setUp(_ api: TestAPI) async throws -> (key: String, publicKey: String, customerID: String) {
        let (key, _) = try await api.bootstrap("Lumen")
        let workspace = try await api.call(.get, "/api/v1/workspace", key: key)
        let customer = try await api.call(
            .post, "/api/v1/customers", key: key, json: ["name": "Ilze Kalniņa", "external_id": "cus-ilze"])
        return (
            key, try #require(workspace["public_key"]?.stringValue),
            try #require(customer["id"]?.stringValue, "\(customer.raw)")
        )
    }

    @Test("The backend records events with properties; they are listed newest first and filtered by name", arguments: TestStores.engines)
    func recordAndList(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, _, customer) = try await setUp(api)
            let path = "/api/v1/customers/\(customer)/events"

            let page = try await api.call(
                .post, path, key: key,
                json: ["name": "page_viewed", "properties": ["url": "https://shop.test/returns"],
                       "occurred_at": ISO8601DateFormatter().string(from: Date().addingTimeInterval(-120))])
            let product = try await api.call(
                .post, path, key: key,
                json: ["name": "product_viewed", "properties": ["product_id": "x200", "product_name": "X200 Headphones", "price": 129.5]])
            let custom = try await api.call(.post, path, key: key, json: ["name": "newsletter_opened"])
            let listed = try await api.call(.get, path, key: key)
            let products = try await api.call(.get, path + "?name=product_viewed", key: key)

            #expect(page.status == .created, "\(page.raw)")
            #expect(product.status == .created, "\(product.raw)")
            #expect(product["source"]?.stringValue == "api")
            #expect(product["properties"]?["price"] == .number(129.5))
            #expect(custom.status == .created, "\(custom.raw)")
            #expect(listed.items.compactMap { $0["name"]?.stringValue } == ["newsletter_opened", "product_viewed", "page_viewed"])
            #expect(products.items.count == 1)
            #expect(products.items.first?["properties"]?["product_name"]?.stringValue == "X200 Headphones")
        }
    }

    @Test("Invalid events are refused with a message naming the field, and another workspace's customer is not found")
    func validation() async throws {
        try await withTestApp { api in
            let (key, _, customer) = try await setUp(api)
            let path = "/api/v1/customers/\(customer)/events"
            let future = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600))
            let ancient = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-86_400 * 400))

            for (json, field) in [
                (["name": "Page Viewed!"], "'name'"),
                (["name": "page_viewed"], "'properties'"),
                (["name": "product_viewed", "properties": ["colour": "red"]], "'properties'"),
                (["name": "login", "properties": ["device": ["os": "ios"]]], "'properties.device'"),
                (["name": "login", "properties": ["Device Type": "phone"]], "'properties.Device Type'"),
                (["name": "login", "occurred_at": future], "'occurred_at'"),
                (["name": "login", "occurred_at": ancient], "'occurred_at'"),
            ] as [([String: Any], String)] {
                let refused = try await api.call(.post, path, key: key, json: json)
                #expect(refused.status == .unprocessableContent, "\(json): \(refused.raw)")
                #expect(refused.errorCode == "invalid_field")
                #expect(refused["error"]?["message"]?.stringValue?.contains(field) == true, "\(refused.raw)")
            }
            let malformed = try await api.call(.post, path, key: key, body: "{\"name\": ")
            #expect(malformed.status == .badRequest)

            let (otherKey, _) = try await api.bootstrap("Other", token: "test-bootstrap-token")
            let foreign = try await api.call(.post, path, key: otherKey, json: ["name": "login"])
            #expect(foreign.status == .notFound)
            let foreignList = try await api.call(.get, path, key: otherKey)
            #expect(foreignList.status == .notFound)
            let listed = try await api.call(.get, path, key: key)
            #expect(listed.items.isEmpty, "nothing was stored")
        }
    }

    @Test("The widget tracks events for its own session's customer", arguments: TestStores.engines)
    func widgetTracks(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, publicKey, _) = try await setUp(api)
            let opened = try await api.call(
                .post, "/api/v1/widget/sessions",
                json: ["workspace_key": publicKey, "visitor_id": "visitor-behaviour-000001"])
            let token = try #require(opened["token"]?.stringValue, "\(opened.raw)")
            let visitor = try #require(opened["customer_id"]?.stringValue)

            let tracked = try await api.call(
                .post, "/api/v1/widget/events", key: token,
                json: ["name": "cart_abandoned", "properties": ["items": 2, "value": 59.9, "currency": "EUR"]])
            let refused = try await api.call(.post, "/api/v1/widget/events", key: token, json: ["name": "page_viewed"])
            let anonymous = try await api.call(.post, "/api/v1/widget/events", json: ["name": "login"])
            let listed = try await api.call(.get, "/api/v1/customers/\(visitor)/events", key: key)

            #expect(tracked.status == .created, "\(tracked.raw)")
            #expect(tracked["source"]?.stringValue == "widget")
            #expect(tracked["customer_id"]?.stringValue == visitor)
            #expect(refused.status == .unprocessableContent)
            #expect(anonymous.status == .unauthorized)
            #expect(listed.items.compactMap { $0["name"]?.stringValue } == ["cart_abandoned"])
        }
    }

    @Test("A customer's events are part of their export and go with their erasure", arguments: TestStores.engines)
    func exportAndErase(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, _, customer) = try await setUp(api)
            let path = "/api/v1/customers/\(customer)/events"
            _ = try await api.call(.post, path, key: key, json: ["name": "login", "properties": ["country": "LV"]])

            let export = try await api.call(.get, "/api/v1/customers/\(customer)/export", key: key)
            let erased = try await api.call(.delete, "/api/v1/customers/\(customer)", key: key)
            let afterwards = try await api.call(.get, path, key: key)

            let events = export["events"]?.arrayValue ?? []
            #expect(events.count == 1, "\(export.raw)")
            #expect(events.first?["properties"]?["country"]?.stringValue == "LV")
            #expect(erased.status == .noContent)
            #expect(afterwards.status == .notFound)
        }
    }

    @Test("The behaviour retention is part of the privacy policy and must be 1 to 3650 days")
    func retentionPolicy() async throws {
        try await withTestApp { api in
            let (key, _, _) = try await setUp(api)
            let defaults = try await api.call(.get, "/api/v1/policy", key: key)
            let set = try await api.call(.put, "/api/v1/policy", key: key, json: ["privacy": ["behaviour_retention_days": 30]])
            let refused = try await api.call(.put, "/api/v1/policy", key: key, json: ["privacy": ["behaviour_retention_days": 0]])

            #expect(defaults["privacy"]?["behaviour_retention_days"] == .number(90))
            #expect(set["privacy"]?["behaviour_retention_days"] == .number(30), "\(set.raw)")
            #expect(refused.status == .unprocessableContent)
        }
    }
}
