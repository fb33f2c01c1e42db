import Foundation
import HeedCore
import HeedServer
import HeedStore
import HeedTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// The default routing learned from labelled examples, through the HTTP API.
@Suite("Learned routing")
struct LearnedRoutingTests {
    /// Teams with no intents of their own, in a workspace without articles: nothing but the learned model (or the
    /// fallback, the first team) can choose between them.
    static let teams = ["Shipping", "Billing", "Technical support"]

    static let examples: [[String: String]] = [
        ["team": "Billing", "text": "I was charged twice for the same order"],
        ["team": "Billing", "text": "My card payment was declined but the money left my account"],
        ["team": "Billing", "text": "When will my refund reach my bank account?"],
        ["team": "Billing", "text": "Please send me an invoice for my payment"],
        ["team": "Shipping", "text": "My parcel hasn't arrived yet"],
        ["team": "Shipping", "text": "The tracking number shows no updates for a week"],
        ["team": "Shipping", "text": "Can I change the delivery address?"],
        ["team": "Shipping", "text": "The courier left the package at the wrong house"],
        ["team": "technical SUPPORT", "text": "My headphones won't connect over Bluetooth"],
        ["team": "Technical support", "text": "The phone stopped charging after the update"],
        ["team": "Technical support", "text": "The screen flickers and the laptop restarts"],
        ["team": "Technical support", "text": "I can't log in, the password reset email never comes"],
    ]

    func setUp(_ api: TestAPI) async throws -> String {
        let admin = try await api.bootstrap("Routed")
        for name in Self.teams {
            let created = try await api.call(.post, "/api/v1/teams", key: admin.key, json: ["name": name])
            #expect(created.status == .created)
        }
        return admin.key
    }

    /// A customer asks for a person (a hand-off no routing map or team intent can place) and says what about.
    func handOff(_ api: TestAPI, key: String, customer: String, words: String) async throws -> APIResponse {
        let created = try await api.call(
            .post, "/api/v1/conversations", key: key,
            json: ["customer": ["external_id": customer, "name": "Ana"], "channel": "api"])
        let id = try #require(created["id"]?.stringValue)
        let posted = try await api.call(
            .post, "/api/v1/conversations/\(id)/messages", key: key, json: ["body": "\(words) I want to talk to a person."])
        #expect(posted["reply"]?["decision"]?.stringValue == "handoff")
        return try await api.call(.get, "/api/v1/conversations/\(id)", key: key)
    }

    @Test("Bad examples are refused with a 422 naming the problem")
    func validation() async throws {
        try await withTestApp { api in
            let key = try await setUp(api)
            let cases: [([[String: String]], String)] = [
                ([], "examples"),
                (Self.examples.filter { $0["team"] == "Billing" }, "at least two teams"),
                (Self.examples + [["team": "Legal", "text": "I will sue you"]], "examples[12].team"),
                (Self.examples + [["team": "Billing", "text": "   "]], "examples[12].text"),
                (Array(Self.examples.dropFirst(2)), "each team needs at least 3"),
            ]
            for (examples, message) in cases {
                let response = try await api.call(.post, "/api/v1/policy/routing/examples", key: key, json: ["examples": examples])
                #expect(response.status == .unprocessableContent, "\(message): \(response.raw)")
                #expect(response.errorCode == "invalid_field")
                #expect(response.raw.contains(message), "\(response.raw)")
            }
            let malformed = try await api.call(.post, "/api/v1/policy/routing/examples", key: key, json: ["examples": "none"])
            #expect([.badRequest, .unprocessableContent].contains(malformed.status))
            #expect(malformed.errorCode != nil)
            let anonymous = try await api.call(.post, "/api/v1/policy/routing/examples", json: ["examples": Self.examples])
            #expect(anonymous.status == .unauthorized)
            let nothing = try await api.call(.get, "/api/v1/policy/routing/examples", key: key)
            #expect(nothing["trained"] == .bool(false))
            #expect(nothing["example_count"]?.numberValue == 0)
        }
    }

    @Test("A hand-off no map matches goes to the team the learned model picks, also after a restart")
    func routesByLearnedModel() async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(.sqlite)
        do {
            try await trainThenRestart(location)
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    func trainThenRestart(_ location: DatabaseLocation) async throws {
        guard case .sqlite(let path) = location else { return }
        var configuration = AppConfiguration(port: 0, logLevel: .warning, bootstrapToken: "test-bootstrap-token")
        configuration.databaseURL = "sqlite:\(path ?? ":memory:")"
        let keyBox = KeyBox()

        // First run: without a model everything goes to the fallback (the first team); then train.
        let first = try await buildApplication(configuration, logger: TestStores.logger)
        try await first.test(.router) { client in
            let api = TestAPI(client: client)
            let key = try await setUp(api)
            await keyBox.set(key)
            let untrained = try await handOff(api, key: key, customer: "before", words: "Someone took money from my card twice.")
            #expect(untrained["team"]?.stringValue == "Shipping")

            let trained = try await api.call(.post, "/api/v1/policy/routing/examples", key: key, json: ["examples": Self.examples])
            #expect(trained.status == .ok, "\(trained.raw)")
            #expect(trained["example_count"]?.numberValue == 12)
            let teams = try #require(trained["teams"]?.arrayValue)
            #expect(Set(teams.compactMap { $0["name"]?.stringValue }) == Set(Self.teams))
            #expect(teams.allSatisfy { $0["examples"]?.numberValue == 4 })
        }

        // Second run on the same database: the model was stored, and it routes.
        let second = try await buildApplication(configuration, logger: TestStores.logger)
        try await second.test(.router) { client in
            let api = TestAPI(client: client)
            let key = try #require(await keyBox.key)
            let learned = try await api.call(.get, "/api/v1/policy/routing/examples", key: key)
            #expect(learned["trained"] == .bool(true))
            #expect(learned["example_count"]?.numberValue == 12)

            let billing = try await handOff(api, key: key, customer: "billing", words: "Someone took money from my card twice.")
            #expect(billing["team"]?.stringValue == "Billing")
            let technical = try await handOff(api, key: key, customer: "tech", words: "My earbuds will not pair over Bluetooth.")
            #expect(technical["team"]?.stringValue == "Technical support")

            // Not confident enough: the fallback team takes it.
            let policy = try await api.call(.put, "/api/v1/policy", key: key, json: ["learned_routing_min_confidence": 0.999])
            #expect(policy.status == .ok)
            let unsure = try await handOff(api, key: key, customer: "unsure", words: "Someone took money from my card twice.")
            #expect(unsure["team"]?.stringValue == "Shipping")

            let forgotten = try await api.call(.delete, "/api/v1/policy/routing/examples", key: key)
            #expect(forgotten["trained"] == .bool(false))
        }
    }

    @Test("The demo shop has a default routing learned from its examples in English and Vietnamese")
    func demoIsSeeded() async throws {
        let key = "routing-demo-admin-0001"
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = key }) { api in
            let learned = try await api.call(.get, "/api/v1/policy/routing/examples", key: key)
            #expect(learned["trained"] == .bool(true))
            #expect((learned["example_count"]?.numberValue ?? 0) >= 20)
            let teams = try #require(learned["teams"]?.arrayValue).compactMap { $0["name"]?.stringValue }
            #expect(Set(teams) == ["Billing", "Shipping", "Technical support", "Sales"])
            let examples = try #require(learned["examples"]?.arrayValue).compactMap { $0["text"]?.stringValue }
            #expect(examples.contains { $0.contains("hai lần") }, "Vietnamese examples are part of it")
        }
    }
}

/// Carries the admin key from one app run to the next.
actor KeyBox {
    private(set) var key: String?
    func set(_ key: String) { self.key = key }
}
