import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// One workspace can never see or change another's records: every attempt is a 404, never their data.
@Suite("Cross-workspace isolation")
struct IsolationTests {
    @Test("Every resource of workspace A is invisible to workspace B", arguments: TestStores.engines)
    func isolation(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let a = try await api.bootstrap("Alpha")
            let b = try await api.bootstrap("Beta", token: "test-bootstrap-token")

            let team = try #require(try await api.call(.post, "/api/v1/teams", key: a.key, json: ["name": "T"])["id"]?.stringValue)
            let agent = try #require(
                try await api.call(.post, "/api/v1/agents", key: a.key, json: ["name": "N", "email": "n@a.test"])["id"]?.stringValue)
            let customer = try #require(
                try await api.call(.post, "/api/v1/customers", key: a.key, json: ["name": "Secret Customer", "email": "s@a.test"])["id"]?.stringValue)
            let conversation = try #require(
                try await api.call(.post, "/api/v1/conversations", key: a.key, json: ["customer_id": customer])["id"]?.stringValue)
            _ = try await api.call(
                .post, "/api/v1/conversations/\(conversation)/messages", key: a.key, json: ["body": "private"])
            let article = try #require(
                try await api.call(.post, "/api/v1/articles", key: a.key, json: ["title": "Internal", "body": "secret", "language": "en"])["id"]?.stringValue)
            let keyID = try #require(
                try await api.call(.post, "/api/v1/api-keys", key: a.key, json: ["name": "k"])["key"]?["id"]?.stringValue)

            let attempts: [(String, String, String?)] = [
                ("GET", "/api/v1/teams/\(team)", nil), ("PATCH", "/api/v1/teams/\(team)", #"{"name":"x"}"#),
                ("DELETE", "/api/v1/teams/\(team)", nil),
                ("GET", "/api/v1/agents/\(agent)", nil), ("PATCH", "/api/v1/agents/\(agent)", #"{"name":"x"}"#),
                ("DELETE", "/api/v1/agents/\(agent)", nil),
                ("GET", "/api/v1/customers/\(customer)", nil), ("PATCH", "/api/v1/customers/\(customer)", #"{"name":"x"}"#),
                ("DELETE", "/api/v1/customers/\(customer)", nil),
                ("GET", "/api/v1/conversations/\(conversation)", nil),
                ("PATCH", "/api/v1/conversations/\(conversation)", #"{"status":"closed"}"#),
                ("GET", "/api/v1/conversations/\(conversation)/messages", nil),
                ("POST", "/api/v1/conversations/\(conversation)/messages", #"{"body":"hi"}"#),
                ("GET", "/api/v1/articles/\(article)", nil), ("PATCH", "/api/v1/articles/\(article)", #"{"title":"x"}"#),
                ("DELETE", "/api/v1/articles/\(article)", nil),
                ("DELETE", "/api/v1/api-keys/\(keyID)", nil),
            ]
            for (method, path, body) in attempts {
                let response = try await api.call(.init(method)!, path, key: b.key, body: body)
                #expect(response.status == .notFound, "\(method) \(path) gave \(response.status)")
                #expect(response.errorCode == "not_found")
                #expect(!response.raw.contains("Secret Customer") && !response.raw.contains("private"))
            }
            // B cannot start a conversation for A's customer either.
            let borrowed = try await api.call(.post, "/api/v1/conversations", key: b.key, json: ["customer_id": customer])
            #expect(borrowed.status == .unprocessableContent)
            // B cannot assign A's agent or team.
            let own = try #require(
                try await api.call(.post, "/api/v1/conversations", key: b.key, json: ["customer": ["name": "Bo"]])["id"]?.stringValue)
            #expect(try await api.call(.patch, "/api/v1/conversations/\(own)", key: b.key, json: ["assignee_id": agent]).status == .unprocessableContent)
            #expect(try await api.call(.patch, "/api/v1/conversations/\(own)", key: b.key, json: ["team_id": team]).status == .unprocessableContent)

            for list in ["teams", "customers", "conversations", "articles", "api-keys", "audit-events"] {
                let response = try await api.call(.get, "/api/v1/\(list)", key: b.key)
                #expect(response.status == .ok)
                for id in [team, agent, customer, conversation, article, keyID] {
                    #expect(!response.raw.contains(id), "\(list) leaks \(id)")
                }
            }
            // A still has everything.
            #expect(try await api.call(.get, "/api/v1/conversations/\(conversation)", key: a.key).status == .ok)
            #expect(try await api.call(.get, "/api/v1/teams/\(team)", key: a.key).status == .ok)
        }
    }
}
