import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Personal data at rest and on its way to a model provider (#19 rows 6 and 7): card numbers are stored masked,
/// security codes and expiry dates never, each workspace chooses what else is hidden, and no name, address or
/// full-width phone number reaches a provider.
@Suite("Personal data at rest")
struct PersonalDataAtRestTests {
    static let key = "privacy-admin-key-0001"
    static let cardMessage = "My card 4111 1111 1111 1111, exp 12/27, CVV 123 was charged twice. I want to talk to a person."

    func withDemo(engine: StoreEngineKind = .sqlite, _ body: @escaping @Sendable (TestAPI) async throws -> Void) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, body)
    }

    func conversation(_ api: TestAPI, customer: String, name: String = "Mai Tran") async throws -> String {
        let created = try await api.call(
            .post, "/api/v1/conversations", key: Self.key,
            json: ["customer": ["external_id": customer, "name": name], "channel": "api"])
        return try #require(created["id"]?.stringValue, "\(created.raw)")
    }

    func messages(_ api: TestAPI, _ id: String) async throws -> [JSONValue] {
        try await api.call(.get, "/api/v1/conversations/\(id)/messages", key: Self.key).items
    }

    @Test("A card is stored as its last four digits; its expiry and CVV are not stored at all", arguments: TestStores.engines)
    func cardMasked(engine: StoreEngineKind) async throws {
        try await withDemo(engine: engine) { api in
            let id = try await conversation(api, customer: "privacy-card")
            let posted = try await api.call(
                .post, "/api/v1/conversations/\(id)/messages", key: Self.key, json: ["body": Self.cardMessage])
            #expect(posted.status == .created, "\(posted.raw)")
            #expect(posted["reply"]?["decision"]?.stringValue == "handoff")

            let customerMessage = try #require(try await messages(api, id).first { $0["author"]?.stringValue == "customer" })
            let body = try #require(customerMessage["body"]?.stringValue)
            #expect(body.contains("•••• 1111"), "\(body)")
            #expect(!body.contains("4111 1111"), "\(body)")
            #expect(!body.contains("12/27") && !body.contains("123"), "\(body)")
            let found = customerMessage["annotations"]?["pii_found"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(Set(["card", "card_expiry", "card_security_code"]).isSubset(of: Set(found)), "\(found)")

            let package = try await api.call(.get, "/api/v1/conversations/\(id)/handoff", key: Self.key)
            let summary = try #require(package["summary"]?.stringValue)
            #expect(!summary.contains("4111") && !summary.contains("12/27") && !summary.contains("CVV 123"), "\(summary)")

            // Agents' replies and notes take the same path.
            let reply = try await api.call(
                .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                json: ["body": "I see the card 4111111111111111 with CVV 123.", "author": "agent"])
            #expect(reply["message"]?["body"]?.stringValue == "I see the card •••• 1111 with CVV [CVV].")
        }
    }

    @Test("The privacy policy chooses what else is hidden, and cannot keep cards, codes or expiry dates")
    func policyPerKind() async throws {
        try await withDemo { api in
            let set = try await api.call(
                .put, "/api/v1/policy", key: Self.key,
                json: ["privacy": ["storage": ["phone": "mask", "email": "drop"]]])
            #expect(set.status == .ok, "\(set.raw)")
            #expect(set["privacy"]?["storage"]?["card"]?.stringValue == "mask", "defaults stay for kinds not given")

            let id = try await conversation(api, customer: "privacy-policy")
            _ = try await api.call(
                .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                json: ["body": "Call me on 0912 345 678 or write to mai.tran@example.com"])
            let body = try await messages(api, id).first?["body"]?.stringValue
            #expect(body == "Call me on •••678 or write to [EMAIL]")

            for (storage, field) in [
                (["card": "keep"], "privacy.storage.card"),
                (["card_security_code": "mask"], "privacy.storage.card_security_code"),
                (["passport_photo": "drop"], "privacy.storage.passport_photo"),
            ] {
                let refused = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["privacy": ["storage": storage]])
                #expect(refused.status == .unprocessableContent, "\(refused.raw)")
                #expect(refused["error"]?["message"]?.stringValue?.contains(field) == true, "\(refused.raw)")
            }
            let badValue = try await api.call(
                .put, "/api/v1/policy", key: Self.key, json: ["privacy": ["storage": ["phone": "hide"]]])
            #expect(badValue.status == .badRequest || badValue.status == .unprocessableContent, "\(badValue.raw)")
            #expect(badValue["error"]?["message"]?.stringValue?.contains("keep") == true, "\(badValue.raw)")
        }
    }

    @Test("Names, street addresses, full-width phone numbers and card details never reach the provider's summary prompt")
    func nothingPersonalToProvider() async throws {
        let provider = ScriptedProvider([ScriptedProvider.completion("The customer wants a person about a double charge.")])
        try await provider.serve { port in
            try await withDemo { api in
                let id = try await conversation(api, customer: "privacy-provider", name: "Linh Pham")
                let text = "Chào chị Mai. I am Linh Pham, ship to 221B Baker Street. Gọi ０９１２３４５６７８. "
                    + Self.cardMessage
                let posted = try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key, json: ["body": text])
                #expect(posted["reply"]?["decision"]?.stringValue == "handoff", "\(posted.raw)")
                _ = try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                    json: ["body": "Thanks Linh, I am checking it now.", "author": "agent"])
                let set = try await api.call(
                    .put, "/api/v1/settings/model-provider", key: Self.key,
                    json: ["base_url": "http://127.0.0.1:\(port)", "model": "summary-model", "api_key": "sk-test"])
                #expect(set.status == .ok, "\(set.raw)")
                let package = try await api.call(.get, "/api/v1/conversations/\(id)/handoff", key: Self.key)
                #expect(package["summary_source"]?.stringValue == "model", "\(package.raw)")

                let request = try #require(await provider.requestBodies.first)
                #expect(request.contains("double") || request.contains("charged"), "the conversation itself is sent")
                for secret in ["Linh", "Pham", "Mai", "Baker Street", "０９１２", "12/27", "CVV 123", "4111"] {
                    #expect(!request.contains(secret), "'\(secret)' reached the provider: \(request)")
                }
            }
        }
    }

    @Test("Emotion readings are dropped when a conversation is resolved, if the workspace says so", arguments: TestStores.engines)
    func emotionDroppedOnResolve(engine: StoreEngineKind) async throws {
        try await withDemo(engine: engine) { api in
            func resolvedReadings(_ customer: String) async throws -> [JSONValue] {
                let id = try await conversation(api, customer: customer)
                _ = try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                    json: ["body": "This is terrible service, I am furious and fed up!"])
                let before = try await messages(api, id).first { $0["author"]?.stringValue == "customer" }
                #expect(before?["annotations"]?["signals"]?.arrayValue?.isEmpty == false, "the message was read for emotion")
                let resolved = try await api.call(
                    .patch, "/api/v1/conversations/\(id)", key: Self.key, json: ["status": "resolved"])
                #expect(resolved.status == .ok, "\(resolved.raw)")
                let after = try await messages(api, id).first { $0["author"]?.stringValue == "customer" }
                return [after?["annotations"]?["signals"] ?? .null, after?["annotations"]?["sentiment"] ?? .null]
            }
            let kept = try await resolvedReadings("emotion-kept")
            #expect(kept[0].arrayValue?.isEmpty == false, "without the rule readings stay")
            let set = try await api.call(
                .put, "/api/v1/policy", key: Self.key, json: ["privacy": ["drop_emotion_on_resolve": true]])
            #expect(set["privacy"]?["drop_emotion_on_resolve"] == .bool(true), "\(set.raw)")
            let dropped = try await resolvedReadings("emotion-dropped")
            #expect(dropped[0].arrayValue?.isEmpty == true, "\(dropped)")
            #expect(dropped[1] == .null, "\(dropped)")
        }
    }
}
