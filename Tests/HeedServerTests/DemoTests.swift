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
        }
    }
}
