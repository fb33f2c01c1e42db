import Foundation
import HeedCore
import HeedTestSupport
import Testing

@Suite("Demo workspace")
struct DemoTests {
    @Test("--demo seeds the shop once, listable with the fixed admin key")
    func demoSeeding() async throws {
        let key = "demo-admin-key-for-tests"
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = key }) { api in
            let teams = try await api.call(.get, "/api/v1/teams", key: key)
            #expect(Set(teams.items.compactMap { $0["name"]?.stringValue }) == ["Billing", "Shipping", "Technical support", "Sales"])
            let customers = try await api.call(.get, "/api/v1/customers?limit=200", key: key)
            #expect(customers.items.count >= 10)
            #expect(customers.items.contains { $0["attributes"]?["orders"]?.arrayValue?.isEmpty == false })
            let articles = try await api.call(.get, "/api/v1/articles?limit=200", key: key)
            #expect(articles.items.count >= 20)
            let languages = Set(articles.items.compactMap { $0["language"]?.stringValue })
            #expect(languages.isSuperset(of: ["en", "vi"]))
            #expect(try await api.call(.get, "/api/v1/articles?language=vi", key: key).items.count >= 10)
            let agents = try await api.call(.get, "/api/v1/agents", key: key)
            #expect(agents.items.count >= 3)
            #expect(try await api.call(.get, "/api/v1/conversations", key: key).status == .ok)
            // Every seeded conversation an agent answered is a human's, with an owner, a team and SLA clocks; a
            // VIP's is at least P2 ("VIP customers go to a human at once" is on).
            let vips = Set(customers.items.filter { $0["tier"]?.stringValue == "vip" }.compactMap { $0["id"]?.stringValue })
            let human = try await api.call(.get, "/api/v1/conversations?handler=human&limit=200", key: key).items
            #expect(!human.isEmpty)
            for conversation in human {
                #expect(conversation["team_id"]?.stringValue != nil)
                #expect(conversation["assignee_id"]?.stringValue != nil)
                #expect(conversation["first_response_due_at"]?.stringValue != nil)
                #expect(conversation["resolution_due_at"]?.stringValue != nil)
            }
            let vipConversations = human.filter { vips.contains($0["customer_id"]?.stringValue ?? "") }
            #expect(!vipConversations.isEmpty)
            #expect(vipConversations.allSatisfy { ["P1", "P2"].contains($0["priority"]?.stringValue ?? "") })
        }
    }
}
