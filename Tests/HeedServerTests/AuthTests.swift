import Foundation
import HeedTestSupport
import Testing

@Suite("Authentication and roles")
struct AuthTests {
    @Test("No key, a wrong key or a revoked key is a 401")
    func unauthenticated() async throws {
        try await withTestApp { api in
            let admin = try await api.bootstrap("Acme")
            let none = try await api.call(.get, "/api/v1/conversations")
            #expect(none.status == .unauthorized)
            #expect(none.errorCode == "unauthorized")
            let wrong = try await api.call(.get, "/api/v1/conversations", key: "heed_not-a-real-key")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.errorCode == "invalid_api_key")

            let issued = try await api.call(.post, "/api/v1/api-keys", key: admin.key, json: ["name": "temp"])
            #expect(issued.status == .created)
            let secret = try #require(issued["secret"]?.stringValue)
            let keyID = try #require(issued["key"]?["id"]?.stringValue)
            #expect(try await api.call(.get, "/api/v1/teams", key: secret).status == .ok)
            #expect(try await api.call(.delete, "/api/v1/api-keys/\(keyID)", key: admin.key).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/teams", key: secret).status == .unauthorized)
        }
    }

    @Test("An agent key on admin routes is a 403")
    func agentOnAdminRoutes() async throws {
        try await withTestApp { api in
            let admin = try await api.bootstrap("Acme")
            let agent = try await api.call(
                .post, "/api/v1/agents", key: admin.key, json: ["name": "Lan", "email": "lan@acme.test"])
            let agentID = try #require(agent["id"]?.stringValue)
            let issued = try await api.call(
                .post, "/api/v1/api-keys", key: admin.key, json: ["name": "lan", "agent_id": agentID])
            let agentKey = try #require(issued["secret"]?.stringValue)
            #expect(issued["key"]?["role"]?.stringValue == "agent")

            for (method, path, body) in [
                ("POST", "/api/v1/agents", #"{"name":"X","email":"x@acme.test"}"#),
                ("POST", "/api/v1/teams", #"{"name":"Sales"}"#),
                ("GET", "/api/v1/api-keys", nil),
                ("POST", "/api/v1/api-keys", #"{"name":"k"}"#),
                ("GET", "/api/v1/audit-events", nil),
                ("PATCH", "/api/v1/workspace", #"{"name":"Renamed"}"#),
                ("DELETE", "/api/v1/agents/\(agentID)", nil),
            ] as [(String, String, String?)] {
                let response = try await api.call(.init(method)!, path, key: agentKey, body: body)
                #expect(response.status == .forbidden, "\(method) \(path)")
                #expect(response.errorCode == "forbidden")
            }
            // Agents still work conversations.
            #expect(try await api.call(.get, "/api/v1/conversations", key: agentKey).status == .ok)
        }
    }

    @Test("More workspaces need the bootstrap token")
    func bootstrapNeedsToken() async throws {
        try await withTestApp { api in
            _ = try await api.bootstrap("First")
            let body: [String: Any] = ["name": "Second", "admin": ["name": "B", "email": "b@second.test"]]
            #expect(try await api.call(.post, "/api/v1/workspaces", json: body).status == .unauthorized)
            #expect(try await api.call(.post, "/api/v1/workspaces", key: "wrong", json: body).status == .forbidden)
            _ = try await api.bootstrap("Second", token: "test-bootstrap-token")
        }
    }
}
