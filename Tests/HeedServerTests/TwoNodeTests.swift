import AsyncHTTPClient
import Foundation
import HeedCore
import HeedTestSupport
import HummingbirdWSClient
import Logging
import NIOCore
import Testing

@testable import HeedServer

/// Two Heed nodes built like production on ONE PostgreSQL database, in one process: events, caches and
/// conversation writes are shared through the database, not through either process.
@Suite("Two nodes on one PostgreSQL", .serialized, .enabled(if: TestStores.postgresURL != nil))
struct TwoNodeTests {
    static let key = "two-node-admin-key-0001"

    /// Node A seeds the demo; node B starts after it on the same schema. Both serve real HTTP.
    func withTwoNodes(_ body: @escaping @Sendable (_ a: TestAPI, _ b: TestAPI) async throws -> Void) async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(.postgres)
        guard case .postgres(let url) = location else { return }
        @Sendable func configuration(seed: Bool) -> AppConfiguration {
            var configuration = AppConfiguration(port: 0, logLevel: .warning, bootstrapToken: "test-bootstrap-token")
            configuration.passwordHashCost = 4
            configuration.databaseURL = url
            configuration.seedDemo = seed
            configuration.demoAdminKey = Self.key
            // Node A's test client sits idle while node B starts (minutes on a loaded CI machine): the server
            // must not close that connection under it.
            configuration.idleTimeout = .seconds(900)
            return configuration
        }
        do {
            let nodeA = try await buildApplication(configuration(seed: true), logger: TestStores.logger)
            try await nodeA.test(.live) { clientA in
                let nodeB = try await buildApplication(configuration(seed: false), logger: TestStores.logger)
                try await nodeB.test(.live) { clientB in
                    try await body(TestAPI(client: clientA), TestAPI(client: clientB))
                }
            }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    static func session(_ api: TestAPI, visitor: String) async throws -> (token: String, customerID: String) {
        let opened = try await api.call(
            .post, "/api/v1/widget/sessions",
            json: ["workspace_key": "pk_demo_voltra", "visitor_id": visitor, "language": "en"])
        #expect(opened.status == .created, "\(opened.raw)")
        return (try #require(opened["token"]?.stringValue), try #require(opened["customer_id"]?.stringValue))
    }

    @Test("An agent's reply posted on node A reaches the customer's widget socket on node B")
    func agentReplyCrossesNodes() async throws {
        try await withTwoNodes { a, b in
            let visitor = try await Self.session(b, visitor: "two-node-socket-0123456789")
            let sent = try await b.call(
                .post, "/api/v1/widget/messages", key: visitor.token,
                json: ["body": "How long does delivery take in Latvia?", "client_message_id": "n1"])
            let conversationID = try #require(sent["conversation"]?["id"]?.stringValue)
            let port = try #require(b.client.port)
            let logger = {
                var logger = Logger(label: "two-node-test")
                logger.logLevel = .warning
                return logger
            }()
            let agentFrames = WidgetTests.Frames()
            let seen = WidgetTests.Frames()
            try await within(90, "the agent's reply posted on node A to reach the socket on node B") {
                _ = try await WebSocketClient.connect(
                    url: "ws://127.0.0.1:\(port)/api/v1/widget/ws?token=\(visitor.token)", logger: logger
                ) { inbound, outbound, _ in
                    var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                    while let message = try await iterator.next() {
                        guard case .text(let text) = message else { continue }
                        let frame = try HeedJSON.makeDecoder().decode(JSONValue.self, from: Data(text.utf8))
                        seen.append(frame)
                        if frame["type"]?.stringValue == "ready" {
                            let posted = try await a.call(
                                .post, "/api/v1/conversations/\(conversationID)/messages", key: Self.key,
                                json: ["body": "Hello from node A, this is Trang.", "author": "agent"])
                            #expect(posted.status == .created, "\(posted.raw)")
                        }
                        if frame["message"]?["author"]?.stringValue == "agent" {
                            agentFrames.append(frame)
                            break
                        }
                    }
                    // The server may have closed its side already (a loaded machine): the frames decide.
                    try? await outbound.close(.normalClosure, reason: nil)
                }
            }
            #expect(
                agentFrames.all.first?["message"]?["body"]?.stringValue == "Hello from node A, this is Trang.",
                "frames seen: \(seen.all.compactMap { $0["type"]?.stringValue })")
        }
    }

    @Test("The console event stream on node A hears a conversation that arrived on node B")
    func consoleStreamCrossesNodes() async throws {
        try await withTwoNodes { a, b in
            let port = try #require(a.client.port)
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/events")
            request.headers.add(name: "Authorization", value: "Bearer \(Self.key)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(20))
            #expect(response.status == .ok)
            var seen = ""
            var sentOnB = false
            for try await chunk in response.body {
                seen += String(buffer: chunk)
                if !sentOnB, seen.contains(": connected") {
                    sentOnB = true
                    let visitor = try await Self.session(b, visitor: "two-node-console-0123456789")
                    _ = try await b.call(
                        .post, "/api/v1/widget/messages", key: visitor.token,
                        json: ["body": "Where is my order?", "client_message_id": "c1"])
                }
                if seen.contains("event: conversation.created"), seen.contains("event: message.created") { break }
            }
            #expect(seen.contains("event: conversation.created"))
            #expect(seen.contains("event: message.created"))
        }
    }

    @Test("An article added on node A is found on node B; deleted on A, it is gone on B")
    func knowledgeCrossesNodes() async throws {
        try await withTwoNodes { a, b in
            let created = try await a.call(
                .post, "/api/v1/articles", key: Self.key,
                json: [
                    "title": "Zorblax charger warranty", "language": "en",
                    "body": "The Zorblax charger has a warranty of seventy-seven months from the day of purchase.",
                ])
            #expect(created.status == .created, "\(created.raw)")
            let articleID = try #require(created["id"]?.stringValue)
            let found = try await Self.eventually {
                let hits = try await b.call(.get, "/api/v1/knowledge/search?q=Zorblax%20warranty", key: Self.key)
                return hits.items.contains { $0["article_id"]?.stringValue == articleID }
            }
            #expect(found, "node B never indexed the article added on node A")

            let deleted = try await a.call(.delete, "/api/v1/articles/\(articleID)", key: Self.key)
            #expect(deleted.status == .noContent)
            let gone = try await Self.eventually {
                let hits = try await b.call(.get, "/api/v1/knowledge/search?q=Zorblax%20warranty", key: Self.key)
                return !hits.items.contains { $0["article_id"]?.stringValue == articleID }
            }
            #expect(gone, "node B still finds the article deleted on node A")
        }
    }

    @Test("Ten hand-offs on node A racing ten messages on node B keep every hand-off and every message count")
    func concurrentWritesAcrossNodes() async throws {
        try await withTwoNodes { a, b in
            var customers: [(token: String, conversationID: String)] = []
            for index in 0..<10 {
                let visitor = try await Self.session(a, visitor: "two-node-race-\(index)-0123456789")
                let first = try await a.call(
                    .post, "/api/v1/widget/messages", key: visitor.token,
                    json: ["body": "How long does delivery take in Latvia?", "client_message_id": "r\(index)-1"])
                customers.append((visitor.token, try #require(first["conversation"]?["id"]?.stringValue)))
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, customer) in customers.enumerated() {
                    group.addTask { _ = try await a.call(.post, "/api/v1/widget/handoff", key: customer.token) }
                    group.addTask {
                        _ = try await b.call(
                            .post, "/api/v1/widget/messages", key: customer.token,
                            json: ["body": "Can I pay by bank transfer?", "client_message_id": "r\(index)-2"])
                    }
                }
                try await group.waitForAll()
            }
            for customer in customers {
                let conversation = try await a.call(.get, "/api/v1/conversations/\(customer.conversationID)", key: Self.key)
                let messages = try await a.call(
                    .get, "/api/v1/conversations/\(customer.conversationID)/messages?limit=100", key: Self.key)
                #expect(conversation["handler"]?.stringValue == "human", "\(conversation.raw)")
                #expect(conversation["escalation_reason"]?.stringValue == "customer_asked_for_human")
                #expect(conversation["message_count"]?.numberValue == Double(messages.items.count))
            }
        }
    }

    @Test("A model provider set on node A is used by node B; removed on A, B stops calling it")
    func providerSettingsCrossNodes() async throws {
        let provider = ScriptedProvider([ScriptedProvider.completion("Customer waits for a late order.")])
        try await provider.serve { port in
            try await withTwoNodes { a, b in
                let created = try await b.call(
                    .post, "/api/v1/conversations", key: Self.key,
                    json: ["customer": ["external_id": "two-node-provider", "name": "Mai Tran"], "channel": "api"])
                let id = try #require(created["id"]?.stringValue)
                _ = try await b.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                    json: ["body": "My order has not arrived. I want to talk to a person."])
                let set = try await a.call(
                    .put, "/api/v1/settings/model-provider", key: Self.key,
                    json: ["base_url": "http://127.0.0.1:\(port)", "model": "summary-model", "api_key": "sk-test"])
                #expect(set.status == .ok, "\(set.raw)")
                let used = try await Self.eventually {
                    let package = try await b.call(.get, "/api/v1/conversations/\(id)/handoff", key: Self.key)
                    return package["summary_source"]?.stringValue == "model"
                }
                #expect(used, "node B never used the provider set on node A")

                _ = try await a.call(.delete, "/api/v1/settings/model-provider", key: Self.key)
                let dropped = try await Self.eventually {
                    let package = try await b.call(.get, "/api/v1/conversations/\(id)/handoff", key: Self.key)
                    return package["summary_source"]?.stringValue == "extractive"
                }
                #expect(dropped, "node B kept the provider removed on node A")
            }
        }
    }

    @Test("A routing model trained on node A routes node B's hand-offs; forgotten on A, B falls back")
    func routingModelCrossesNodes() async throws {
        try await withTwoNodes { a, b in
            let routing = LearnedRoutingTests()
            let admin = try await a.bootstrap("Routed", token: "test-bootstrap-token")
            for name in LearnedRoutingTests.teams {
                _ = try await a.call(.post, "/api/v1/teams", key: admin.key, json: ["name": name])
            }
            let trained = try await a.call(
                .post, "/api/v1/policy/routing/examples", key: admin.key, json: ["examples": LearnedRoutingTests.examples])
            #expect(trained.status == .ok, "\(trained.raw)")
            var attempt = 0
            let routed = try await Self.eventually {
                attempt += 1
                let billing = try await routing.handOff(
                    b, key: admin.key, customer: "billing-\(attempt)", words: "Someone took money from my card twice.")
                return billing["team"]?.stringValue == "Billing"
            }
            #expect(routed, "node B never routed with the model trained on node A")

            _ = try await a.call(.delete, "/api/v1/policy/routing/examples", key: admin.key)
            let fellBack = try await Self.eventually {
                attempt += 1
                let billing = try await routing.handOff(
                    b, key: admin.key, customer: "billing-\(attempt)", words: "Someone took money from my card twice.")
                return billing["team"]?.stringValue == "Shipping"
            }
            #expect(fellBack, "node B kept routing with the model forgotten on node A")
        }
    }

    /// Polls `check` for up to `timeout`; true once it held.
    static func eventually(timeout: Duration = .seconds(10), _ check: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await check() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
