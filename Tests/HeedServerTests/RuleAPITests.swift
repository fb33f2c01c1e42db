import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// `/api/v1/rules`: managing rules, their validation, and a rule acting on a real turn.
@Suite("Rules API")
struct RuleAPITests {
    static func angryVietnameseRule(teamID: String) -> [String: Any] {
        [
            "name": "Angry customer in Vietnamese", "trigger": "message.created",
            "condition": [
                "all": [
                    ["field": "message.emotion", "op": "equals", "value": "anger"],
                    ["field": "message.language", "op": "equals", "value": "vi"],
                    ["field": "message.author", "op": "equals", "value": "customer"],
                ]
            ],
            "actions": [
                ["type": "assign_team", "team_id": teamID], ["type": "set_priority", "priority": "P1"],
                ["type": "add_note", "text": ["en": "Angry customer: {{customer.name|unknown}}, sent to {{team.name}}."]],
            ],
        ]
    }

    @Test("An admin builds a rule; it acts on the next angry Vietnamese message and its run is listed", arguments: TestStores.engines)
    func ruleActsOnTurn(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Shop")
            let team = try await api.call(.post, "/api/v1/teams", key: admin.key, json: ["name": "Billing"])
            let teamID = try #require(team["id"]?.stringValue)
            let created = try await api.call(.post, "/api/v1/rules", key: admin.key, json: Self.angryVietnameseRule(teamID: teamID))
            #expect(created.status == .created, "\(created.raw)")
            let ruleID = try #require(created["id"]?.stringValue)
            #expect(created["enabled"] == .bool(true))
            #expect(try await api.call(.get, "/api/v1/rules", key: admin.key).items.count == 1)

            let conversation = try await api.call(
                .post, "/api/v1/conversations", key: admin.key,
                json: ["customer": ["name": "Minh", "external_id": "c-1"], "channel": "widget"])
            let conversationID = try #require(conversation["id"]?.stringValue)
            let posted = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: admin.key,
                json: ["body": "TÔI RẤT TỨC GIẬN!!! Giao hàng trễ hai tuần rồi, quá tệ, lừa đảo!", "await_reply": true])
            #expect(posted.status == .created, "\(posted.raw)")
            let after = try await api.call(.get, "/api/v1/conversations/\(conversationID)", key: admin.key)
            #expect(after["team_id"]?.stringValue == teamID)
            #expect(after["priority"]?.stringValue == "P1")
            let messages = try await api.call(.get, "/api/v1/conversations/\(conversationID)/messages", key: admin.key)
            let note = messages.items.first { $0["is_internal_note"] == .bool(true) && $0["author"]?.stringValue == "system" }
            #expect(note?["body"]?.stringValue == "Angry customer: Minh, sent to Billing.")
            let runs = try await api.call(.get, "/api/v1/rules/\(ruleID)/runs", key: admin.key)
            #expect(runs.items.count == 1)
            #expect(runs.items.first?["details"]?["conversation_id"]?.stringValue == conversationID)
        }
    }

    @Test("Bad rules are refused with a 422 naming the part; unknown teams too", arguments: TestStores.engines)
    func validation(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Shop")
            var rule = Self.angryVietnameseRule(teamID: UUID().uuidString)
            let unknownTeam = try await api.call(.post, "/api/v1/rules", key: admin.key, json: rule)
            #expect(unknownTeam.status == .unprocessableContent)
            #expect(unknownTeam.errorCode == "invalid_field")
            #expect(unknownTeam["error"]?["message"]?.stringValue == "Field 'actions[0].team_id' does not name a team of this workspace.")
            rule["condition"] = ["field": "message.mood", "op": "equals", "value": "sad"]
            let unknownField = try await api.call(.post, "/api/v1/rules", key: admin.key, json: rule)
            #expect(unknownField.status == .unprocessableContent)
            #expect(unknownField["error"]?["message"]?.stringValue?.contains("'message.mood' is not a known field") == true)
            #expect(unknownField.raw.contains("Swift") == false)
            rule["condition"] = ["field": "conversation.priority", "op": "equals", "value": "urgent"]
            let badValue = try await api.call(.post, "/api/v1/rules", key: admin.key, json: rule)
            #expect(badValue["error"]?["message"]?.stringValue == "Field 'condition.value' must be one of P1, P2, P3, P4 for conversation.priority.")
            let badTrigger = try await api.call(
                .post, "/api/v1/rules", key: admin.key, json: ["name": "x", "trigger": "order.shipped", "actions": [["type": "resolve"]]])
            #expect(badTrigger.status == .unprocessableContent)
            #expect(try await api.call(.get, "/api/v1/rules", key: admin.key).items.isEmpty)
        }
    }

    @Test("Webhook secrets are never shown back and survive a change that does not resend them", arguments: TestStores.engines)
    func secrets(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Shop")
            let secret = "whsec-abcdefghijklmnop"
            let created = try await api.call(
                .post, "/api/v1/rules", key: admin.key,
                json: [
                    "name": "Notify", "trigger": "conversation.resolved",
                    "actions": [["type": "call_webhook", "url": "https://hooks.shop.example/heed", "secret": secret]],
                ])
            #expect(created.status == .created)
            #expect(!created.raw.contains(secret))
            let id = try #require(created["id"]?.stringValue)
            let renamed = try await api.call(
                .patch, "/api/v1/rules/\(id)", key: admin.key,
                json: ["name": "Notify CRM", "enabled": false, "actions": [["type": "call_webhook", "url": "https://hooks.shop.example/heed"]]])
            #expect(renamed.status == .ok, "\(renamed.raw)")
            #expect(renamed["enabled"] == .bool(false))
            #expect(!renamed.raw.contains(secret))
            let moved = try await api.call(
                .patch, "/api/v1/rules/\(id)", key: admin.key,
                json: ["actions": [["type": "call_webhook", "url": "https://other.shop.example/heed"]]])
            #expect(moved["error"]?["message"]?.stringValue == "Field 'actions[0].secret' is required to sign the webhook.")
            #expect(try await api.call(.delete, "/api/v1/rules/\(id)", key: admin.key).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/rules/\(id)", key: admin.key).status == .notFound)
        }
    }
}
