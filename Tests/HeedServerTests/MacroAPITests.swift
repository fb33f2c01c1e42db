import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// `/api/v1/macros`: canned replies managed by admins and filled in for a conversation.
@Suite("Macros API")
struct MacroAPITests {
    @Test("A macro is filled in with the customer's language and details and the calling agent's name", arguments: TestStores.engines)
    func render(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Shop")
            let created = try await api.call(
                .post, "/api/v1/macros", key: admin.key,
                json: [
                    "name": "Order on its way",
                    "text": [
                        "en": "Hi {{customer.first_name}}, this is {{agent.name}}: order {{customer.attributes.order_id|your order}} left today.",
                        "vi": "Chào {{customer.first_name}}, mình là {{agent.name}}: đơn {{customer.attributes.order_id|của bạn}} đã được gửi hôm nay.",
                    ],
                ])
            #expect(created.status == .created, "\(created.raw)")
            let macroID = try #require(created["id"]?.stringValue)
            let conversation = try await api.call(
                .post, "/api/v1/conversations", key: admin.key,
                json: ["customer": ["name": "Lan Phạm", "external_id": "c-9", "attributes": ["order_id": "#W2002"]], "channel": "widget"])
            let conversationID = try #require(conversation["id"]?.stringValue)
            _ = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: admin.key,
                json: ["body": "Chào shop, đơn hàng của tôi đã được gửi đi chưa vậy?", "await_reply": true])
            let rendered = try await api.call(
                .post, "/api/v1/macros/\(macroID)/render", key: admin.key, json: ["conversation_id": conversationID])
            #expect(rendered.status == .ok, "\(rendered.raw)")
            #expect(rendered["language"]?.stringValue == "vi")
            #expect(rendered["text"]?.stringValue == "Chào Lan, mình là Admin Shop: đơn #W2002 đã được gửi hôm nay.")
            let other = try await api.call(
                .post, "/api/v1/macros/\(macroID)/render", key: admin.key, json: ["conversation_id": UUID().uuidString])
            #expect(other.status == .unprocessableContent)
        }
    }

    @Test("Unknown placeholders and duplicate names are refused; changes and removal work", arguments: TestStores.engines)
    func manage(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Shop")
            let bad = try await api.call(
                .post, "/api/v1/macros", key: admin.key, json: ["name": "Bad", "text": ["en": "Hi {{customer.nickname}}"]])
            #expect(bad.status == .unprocessableContent)
            #expect(bad["error"]?["message"]?.stringValue?.contains("{{customer.nickname}}") == true)
            let thanks = try await api.call(.post, "/api/v1/macros", key: admin.key, json: ["name": "Thanks", "text": ["lv": "Paldies!"]])
            let id = try #require(thanks["id"]?.stringValue)
            let again = try await api.call(.post, "/api/v1/macros", key: admin.key, json: ["name": "thanks", "text": ["id": "Terima kasih!"]])
            #expect(again.status == .conflict)
            let changed = try await api.call(
                .patch, "/api/v1/macros/\(id)", key: admin.key, json: ["text": ["lv": "Paldies!", "id": "Terima kasih!"]])
            #expect(changed["text"]?["id"]?.stringValue == "Terima kasih!")
            #expect(try await api.call(.get, "/api/v1/macros", key: admin.key).items.count == 1)
            #expect(try await api.call(.delete, "/api/v1/macros/\(id)", key: admin.key).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/macros/\(id)", key: admin.key).status == .notFound)
        }
    }
}
