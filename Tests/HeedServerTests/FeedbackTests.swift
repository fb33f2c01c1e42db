import Foundation
import HTTPTypes
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// Customers rate AI answers and their satisfaction; agents flag AI answers with corrections; all readable
/// through the API, and only ever on the customer's own conversation.
@Suite("Feedback and CSAT")
struct FeedbackTests {
    static let key = "feedback-admin-key-0001"

    static func widgetSession(_ api: TestAPI, visitor: String) async throws -> String {
        let opened = try await api.call(
            .post, "/api/v1/widget/sessions", json: ["workspace_key": "pk_demo_voltra", "visitor_id": visitor, "language": "en"])
        return try #require(opened["token"]?.stringValue)
    }

    /// The reasons behind a widget turn's reply, as agents see them (the widget does not show them).
    static func replyReasons(_ api: TestAPI, _ turn: APIResponse) async throws -> [String] {
        let conversationID = try #require(turn["conversation"]?["id"]?.stringValue)
        let replyID = try #require(turn["reply"]?["id"])
        let messages = try await api.call(.get, "/api/v1/conversations/\(conversationID)/messages", key: key)
        let reply = try #require(messages.items.first { $0["id"] == replyID })
        return reply["annotations"]?["reasons"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    @Test("Thumbs on AI answers, CSAT after resolution, flags with corrections", arguments: TestStores.engines)
    func feedbackFlow(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let token = try await Self.widgetSession(api, visitor: "visitor-feedback-000001")
            let turn = try await api.call(
                .post, "/api/v1/widget/messages", key: token,
                json: ["body": "How long does delivery take?", "client_message_id": "fb-1"])
            let conversationID = try #require(turn["conversation"]?["id"]?.stringValue)
            let aiMessageID = try #require(turn["reply"]?["id"]?.stringValue)
            let customerMessageID = try #require(turn["message"]?["id"]?.stringValue)

            let up = try await api.call(.post, "/api/v1/widget/feedback", key: token, json: ["message_id": aiMessageID, "helpful": true])
            #expect(up.status == .created)
            #expect(up["rating"] == .number(1))
            let down = try await api.call(.post, "/api/v1/widget/feedback", key: token, json: ["message_id": aiMessageID, "helpful": false])
            #expect(down.status == .ok)
            #expect(down["id"] == up["id"])
            let onOwnMessage = try await api.call(
                .post, "/api/v1/widget/feedback", key: token, json: ["message_id": customerMessageID, "helpful": true])
            #expect(onOwnMessage.status == .unprocessableContent)

            // Another visitor cannot rate this conversation's answers or its service.
            let stranger = try await Self.widgetSession(api, visitor: "visitor-feedback-000002")
            let strangerRating = try await api.call(
                .post, "/api/v1/widget/feedback", key: stranger, json: ["message_id": aiMessageID, "helpful": true])
            #expect(strangerRating.status == .notFound)
            let strangerCSAT = try await api.call(
                .post, "/api/v1/widget/csat", key: stranger, json: ["conversation_id": conversationID, "rating": 1])
            #expect(strangerCSAT.status == .notFound)

            let early = try await api.call(.post, "/api/v1/widget/csat", key: token, json: ["rating": 5])
            #expect(early.status == .conflict)
            #expect(early.errorCode == "not_resolved")
            #expect(try await api.call(.patch, "/api/v1/conversations/\(conversationID)", key: Self.key, json: ["status": "resolved"]).status == .ok)
            let outOfRange = try await api.call(.post, "/api/v1/widget/csat", key: token, json: ["conversation_id": conversationID, "rating": 6])
            #expect(outOfRange.status == .unprocessableContent)
            let csat = try await api.call(
                .post, "/api/v1/widget/csat", key: token, json: ["conversation_id": conversationID, "rating": 4, "comment": "Quick"])
            #expect(csat.status == .created, "\(csat.raw)")
            let again = try await api.call(.post, "/api/v1/widget/csat", key: token, json: ["conversation_id": conversationID, "rating": 5, "comment": "Quick and kind"])
            #expect(again.status == .ok)

            let notAI = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages/\(customerMessageID)/flags", key: Self.key,
                json: ["correction": "x"])
            #expect(notAI.status == .unprocessableContent)
            let emptyCorrection = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages/\(aiMessageID)/flags", key: Self.key,
                json: ["correction": "  "])
            #expect(emptyCorrection.status == .unprocessableContent)
            let flag = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages/\(aiMessageID)/flags", key: Self.key,
                json: ["correction": "Standard delivery takes 2-4 business days.", "comment": "Too vague"])
            #expect(flag.status == .created)
            #expect(flag["kind"]?.stringValue == "ai_flag")

            let listed = try await api.call(.get, "/api/v1/conversations/\(conversationID)/feedback", key: Self.key)
            #expect(listed.status == .ok)
            let byKind = Dictionary(grouping: listed.items) { $0["kind"]?.stringValue ?? "" }
            #expect(byKind["ai_rating"]?.count == 1)
            #expect(byKind["ai_rating"]?.first?["rating"] == .number(-1))
            #expect(byKind["csat"]?.count == 1)
            #expect(byKind["csat"]?.first?["rating"] == .number(5))
            #expect(byKind["csat"]?.first?["comment"]?.stringValue == "Quick and kind")
            #expect(byKind["ai_flag"]?.first?["correction"]?.stringValue == "Standard delivery takes 2-4 business days.")
        }
    }

    @Test("Agents search the knowledge base, internal articles included; bad queries get clear errors")
    func knowledgeSearch() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let hits = try await api.call(.get, "/api/v1/knowledge/search?q=delivery%20time&limit=3", key: Self.key)
            #expect(hits.status == .ok)
            #expect(!hits.items.isEmpty && hits.items.count <= 3)
            #expect(hits.items.first?["title"]?.stringValue?.isEmpty == false)
            let internalArticles = try await api.call(.get, "/api/v1/articles?visibility=internal", key: Self.key)
            let internalTitle = try #require(internalArticles.items.first?["title"]?.stringValue)
            let query = internalTitle.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let found = try await api.call(.get, "/api/v1/knowledge/search?q=\(query)", key: Self.key)
            #expect(found.items.contains { $0["visibility"]?.stringValue == "internal" })
            #expect(try await api.call(.get, "/api/v1/knowledge/search?q=", key: Self.key).status == .unprocessableContent)
            #expect(try await api.call(.get, "/api/v1/knowledge/search?q=x&limit=99", key: Self.key).status == .unprocessableContent)
            #expect(try await api.call(.get, "/api/v1/knowledge/search?q=x").status == .unauthorized)
        }
    }

    @Test("A workspace's own model provider answers for it; its key is never shown back")
    func modelProvider() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let initial = try await api.call(.get, "/api/v1/settings/model-provider", key: Self.key)
            #expect(initial["source"]?.stringValue == "embedded")
            let badURL = try await api.call(
                .put, "/api/v1/settings/model-provider", key: Self.key, json: ["base_url": "ftp://x", "model": "m"])
            #expect(badURL.status == .unprocessableContent)
            // A provider nobody listens on: answers fall back to the embedded engine, which shows it is consulted.
            let set = try await api.call(
                .put, "/api/v1/settings/model-provider", key: Self.key,
                json: ["base_url": "http://127.0.0.1:9", "model": "tiny", "api_key": "sk-secret-value"])
            #expect(set.status == .ok)
            #expect(set["has_api_key"] == .bool(true))
            #expect(!set.raw.contains("sk-secret-value"))
            let read = try await api.call(.get, "/api/v1/settings/model-provider", key: Self.key)
            #expect(read["source"]?.stringValue == "workspace")
            #expect(!read.raw.contains("sk-secret-value"))
            let workspace = try await api.call(.get, "/api/v1/workspace", key: Self.key)
            #expect(!workspace.raw.contains("sk-secret-value"))

            let token = try await Self.widgetSession(api, visitor: "visitor-provider-000001")
            let viaProvider = try await api.call(
                .post, "/api/v1/widget/messages", key: token, json: ["body": "How long does delivery take?", "client_message_id": "p-1"])
            let reasons = try await Self.replyReasons(api, viaProvider)
            #expect(reasons.contains { $0.contains("fallback") }, "\(reasons)")

            // Keeping the key when it is not sent; removing the provider returns to the embedded engine.
            let kept = try await api.call(
                .put, "/api/v1/settings/model-provider", key: Self.key, json: ["base_url": "http://127.0.0.1:9", "model": "tiny-2"])
            #expect(kept["has_api_key"] == .bool(true))
            let removed = try await api.call(.delete, "/api/v1/settings/model-provider", key: Self.key)
            #expect(removed["source"]?.stringValue == "embedded")
            let embedded = try await api.call(
                .post, "/api/v1/widget/messages", key: token, json: ["body": "How long does delivery take?", "client_message_id": "p-2"])
            let after = try await Self.replyReasons(api, embedded)
            #expect(!after.contains { $0.contains("fallback") }, "\(after)")
        }
    }

    @Test("The widget, the demo shop and the console are served with safe headers")
    func webAssets() async throws {
        try await withTestApp { api in
            let script = try await api.call(.get, "/widget.js", headers: [:])
            #expect(script.status == .ok)
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
            #expect(script.raw.contains("data-workspace") || script.raw.contains("dataset.workspace"))
            let redirect = try await api.call(.get, "/console", headers: [:])
            #expect(redirect.status == .found)
            #expect(redirect.headers[.location] == "/console/")
            let console = try await api.call(.get, "/console/", headers: [:])
            #expect(console.status == .ok)
            #expect(console.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(console.raw.contains("<html"))
            let demo = try await api.call(.get, "/demo/", headers: [:])
            #expect(demo.raw.contains("widget.js"))
            #expect(demo.raw.contains("pk_demo_voltra"))
            #expect(try await api.call(.get, "/console/../Package.swift", headers: [:]).status == .notFound)
            #expect(try await api.call(.get, "/console/nothing-here.js", headers: [:]).status == .notFound)
        }
    }
}
