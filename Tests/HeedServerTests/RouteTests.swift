import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// The happy path of every route, on both engines.
@Suite("API routes")
struct RouteTests {
    @Test("Workspace, agents, teams and API keys", arguments: TestStores.engines)
    func workspaceAgentsTeams(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Acme")
            let workspace = try await api.call(.get, "/api/v1/workspace", key: admin.key)
            #expect(workspace["id"]?.stringValue == admin.workspaceID)
            let renamed = try await api.call(.patch, "/api/v1/workspace", key: admin.key, json: ["name": "Acme Ltd"])
            #expect(renamed["name"]?.stringValue == "Acme Ltd")

            let team = try await api.call(
                .post, "/api/v1/teams", key: admin.key, json: ["name": "Billing", "intents": ["billing", "refund"]])
            #expect(team.status == .created)
            let teamID = try #require(team["id"]?.stringValue)
            #expect(try await api.call(.get, "/api/v1/teams/\(teamID)", key: admin.key)["name"]?.stringValue == "Billing")
            let patchedTeam = try await api.call(
                .patch, "/api/v1/teams/\(teamID)", key: admin.key, json: ["description": "Money matters"])
            #expect(patchedTeam["description"]?.stringValue == "Money matters")

            let agent = try await api.call(
                .post, "/api/v1/agents", key: admin.key,
                json: ["name": "Lan", "email": "lan@acme.test", "team_ids": [teamID], "languages": ["vi", "en"]])
            #expect(agent.status == .created)
            let agentID = try #require(agent["id"]?.stringValue)
            let agents = try await api.call(.get, "/api/v1/agents", key: admin.key)
            #expect(agents.items.count == 2)
            #expect(agents.json?["next_cursor"] == JSONValue.null)
            let patched = try await api.call(
                .patch, "/api/v1/agents/\(agentID)", key: admin.key, json: ["capacity": 8, "is_available": false])
            #expect(patched["capacity"]?.numberValue == 8)
            #expect(patched["is_available"] == .bool(false))
            #expect(try await api.call(.get, "/api/v1/agents/\(agentID)", key: admin.key)["email"]?.stringValue == "lan@acme.test")

            let keys = try await api.call(.get, "/api/v1/api-keys", key: admin.key)
            #expect(keys.items.count == 1)
            #expect(keys.raw.contains("secret_hash") == false)

            #expect(try await api.call(.delete, "/api/v1/agents/\(agentID)", key: admin.key).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/agents/\(agentID)", key: admin.key).status == .notFound)
            #expect(try await api.call(.delete, "/api/v1/teams/\(teamID)", key: admin.key).status == .noContent)

            let audit = try await api.call(.get, "/api/v1/audit-events", key: admin.key)
            let actions = audit.items.compactMap { $0["action"]?.stringValue }
            #expect(actions.contains("agent.created"))
            #expect(actions.contains("team.deleted"))
            #expect(actions.contains("workspace.updated"))
        }
    }

    @Test("Customers, conversations, messages and articles", arguments: TestStores.engines)
    func supportFlow(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Acme")
            let key = admin.key
            let customer = try await api.call(
                .post, "/api/v1/customers", key: key,
                json: ["external_id": "cus_1", "name": "Mai", "email": "Mai@Example.com", "tier": "vip",
                       "attributes": ["orders": [["id": "VT-1"]]]])
            #expect(customer.status == .created)
            let customerID = try #require(customer["id"]?.stringValue)
            #expect(try await api.call(.get, "/api/v1/customers?email=mai@example.com", key: key).items.count == 1)
            #expect(try await api.call(.get, "/api/v1/customers?external_id=cus_1", key: key).items.count == 1)
            #expect(try await api.call(.get, "/api/v1/customers?external_id=nobody", key: key).items.isEmpty)
            let patchedCustomer = try await api.call(
                .patch, "/api/v1/customers/\(customerID)", key: key, json: ["phone": "+84 90 000 0001"])
            #expect(patchedCustomer["phone"]?.stringValue == "+84 90 000 0001")
            #expect(patchedCustomer["tier"]?.stringValue == "vip")

            // The minimal contract: a conversation created with an inline customer (found by external id).
            let conversation = try await api.call(
                .post, "/api/v1/conversations", key: key,
                json: ["customer": ["external_id": "cus_1", "name": "Mai", "email": "mai@example.com"], "channel": "api"])
            #expect(conversation.status == .created)
            let conversationID = try #require(conversation["id"]?.stringValue)
            #expect(conversation["customer_id"]?.stringValue == customerID)
            #expect(conversation["handler"]?.stringValue == "ai")
            #expect(conversation["status"]?.stringValue == "open")

            // This workspace sends VIPs to a person at once (off by default).
            let strict = try await api.call(.put, "/api/v1/policy", key: key, json: ["handoff": ["hand_off_vips": true]])
            #expect(strict.status == .ok)
            let posted = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: key,
                json: ["body": "Where is my order?", "client_message_id": "m-1"])
            #expect(posted.status == .created)
            #expect(posted["message"]?["client_message_id"]?.stringValue == "m-1")
            #expect(posted["message"]?["author"]?.stringValue == "customer")
            // The AI agent hands a VIP straight to a human, and says so.
            #expect(posted["reply"]?["decision"]?.stringValue == "handoff")
            #expect(posted["reply"]?["annotations"]?["reasons"] == .array([.string("vip_customer")]))
            let replay = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: key,
                json: ["body": "Where is my order?", "client_message_id": "m-1"])
            #expect(replay.status == .ok)
            #expect(replay["message"]?["id"] == posted["message"]?["id"])
            let agentReply = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: key,
                json: ["body": "It ships today.", "author": "agent"])
            #expect(agentReply["message"]?["author"]?.stringValue == "agent")
            let messages = try await api.call(.get, "/api/v1/conversations/\(conversationID)/messages", key: key)
            #expect(messages.items.map { $0["author"]?.stringValue } == ["customer", "ai", "agent"])
            #expect(messages.items.first?["client_message_id"]?.stringValue == "m-1")

            let team = try await api.call(.post, "/api/v1/teams", key: key, json: ["name": "Shipping"])
            let teamID = try #require(team["id"]?.stringValue)
            let agents = try await api.call(.get, "/api/v1/agents", key: key)
            let adminAgentID = try #require(agents.items.first?["id"]?.stringValue)
            let updated = try await api.call(
                .patch, "/api/v1/conversations/\(conversationID)", key: key,
                json: ["status": "pending", "team_id": teamID, "assignee_id": adminAgentID, "priority": "P2",
                       "tags": ["shipping"], "handler": "human"])
            #expect(updated.status == .ok)
            #expect(updated["priority"]?.stringValue == "P2")
            #expect(updated["team_id"]?.stringValue == teamID)
            #expect(updated["handler"]?.stringValue == "human")
            #expect(updated["first_response_at"] != JSONValue.null)
            let unassigned = try await api.call(
                .patch, "/api/v1/conversations/\(conversationID)", key: key, json: ["assignee_id": NSNull()])
            #expect(unassigned["assignee_id"] == JSONValue.null)
            #expect(unassigned["team_id"]?.stringValue == teamID)

            #expect(try await api.call(.get, "/api/v1/conversations/\(conversationID)", key: key)["status"]?.stringValue == "pending")
            #expect(try await api.call(.get, "/api/v1/conversations?status=pending&priority=P2", key: key).items.count == 1)
            #expect(try await api.call(.get, "/api/v1/conversations?status=open", key: key).items.isEmpty)
            #expect(try await api.call(.get, "/api/v1/conversations?team_id=\(teamID)&handler=human", key: key).items.count == 1)

            let article = try await api.call(
                .post, "/api/v1/articles", key: key,
                json: ["title": "Shipping times", "body": "Orders arrive in 2–4 days.", "language": "en", "tags": ["shipping"]])
            #expect(article.status == .created)
            let articleID = try #require(article["id"]?.stringValue)
            #expect(article["visibility"]?.stringValue == "public")
            #expect(article["version"]?.numberValue == 1)
            let edited = try await api.call(.patch, "/api/v1/articles/\(articleID)", key: key, json: ["body": "2 to 4 days."])
            #expect(edited["version"]?.numberValue == 2)
            #expect(try await api.call(.get, "/api/v1/articles?language=en", key: key).items.count == 1)
            #expect(try await api.call(.get, "/api/v1/articles?visibility=internal", key: key).items.isEmpty)
            #expect(try await api.call(.get, "/api/v1/articles/\(articleID)", key: key)["body"]?.stringValue == "2 to 4 days.")
            #expect(try await api.call(.delete, "/api/v1/articles/\(articleID)", key: key).status == .noContent)

            #expect(try await api.call(.delete, "/api/v1/customers/\(customerID)", key: key).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/conversations/\(conversationID)", key: key).status == .notFound)
        }
    }

    @Test("Lists page through with next_cursor")
    func pagination() async throws {
        try await withTestApp { api in
            let admin = try await api.bootstrap("Acme")
            for index in 0..<5 {
                _ = try await api.call(.post, "/api/v1/customers", key: admin.key, json: ["name": "C\(index)"])
            }
            var names: [String] = []
            var path = "/api/v1/customers?limit=2"
            while true {
                let page = try await api.call(.get, path, key: admin.key)
                #expect(page.status == .ok)
                names += page.items.compactMap { $0["name"]?.stringValue }
                guard let cursor = page.json?["next_cursor"]?.stringValue else { break }
                path = "/api/v1/customers?limit=2&cursor=\(cursor)"
            }
            #expect(names.count == 5)
            #expect(Set(names).count == 5)
        }
    }
}
