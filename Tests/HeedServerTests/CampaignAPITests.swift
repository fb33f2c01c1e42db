import Foundation
import HeedAutomation
import HeedCore
import HeedStore
import HeedTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HeedServer

/// Campaigns through the API (#18): created, refused for e-mail, activated, evaluated, shown once in the widget,
/// replied to and opted out of, with the report counting each step.
@Suite("Campaign API")
struct CampaignAPITests {
    /// Runs `body` against a Heed app on a fresh store, with a second store on the same database (another node's
    /// campaign evaluator).
    func withAppAndStore(
        _ engine: StoreEngineKind, _ body: @escaping @Sendable (TestAPI, SQLSupportStore) async throws -> Void
    ) async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(engine)
        var configuration = AppConfiguration(port: 0, logLevel: .warning, bootstrapToken: "test-bootstrap-token")
        configuration.passwordHashCost = 4
        switch location {
        case .sqlite(let path): configuration.databaseURL = "sqlite:\(path ?? ":memory:")"
        case .postgres(let url): configuration.databaseURL = url
        }
        do {
            let app = try await buildApplication(configuration, logger: TestStores.logger)
            try await app.test(.router) { client in
                try await StoreOpener.withStore(location, logger: TestStores.logger) { store in
                    try await body(TestAPI(client: client), store)
                }
            }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    static var campaign: [String: Any] { [
        "name": "Cart reminder", "purpose": "marketing",
        "trigger": ["type": "event", "name": "cart_abandoned"],
        "audience": [["field": "events.cart_abandoned.count", "op": "gte", "value": 1]],
        "message": ["en": "Hi {{customer.name|there}}, your {{event.items}} items are waiting."],
        "frequency_cap": ["max_messages": 2, "per_days": 7],
    ] }

    @Test("A campaign is created, activated, sent once, shown once, replied to and opted out of; e-mail is refused", arguments: TestStores.engines)
    func lifecycle(engine: StoreEngineKind) async throws {
        try await withAppAndStore(engine) { api, store in
            let (key, workspaceID) = try await api.bootstrap("Lumen")
            var email = Self.campaign
            email["channel"] = "email"
            let refused = try await api.call(.post, "/api/v1/campaigns", key: key, json: email)
            let created = try await api.call(.post, "/api/v1/campaigns", key: key, json: Self.campaign)
            let id = try #require(created["id"]?.stringValue, "\(created.raw)")
            let activated = try await api.call(.post, "/api/v1/campaigns/\(id)/activate", key: key)
            let workspace = try await api.call(.get, "/api/v1/workspace", key: key)
            let publicKey = try #require(workspace["public_key"]?.stringValue, "\(workspace.raw)")
            let opened = try await api.call(
                .post, "/api/v1/widget/sessions", json: ["workspace_key": publicKey, "visitor_id": "visitor-campaign-000001"])
            let token = try #require(opened["token"]?.stringValue, "\(opened.raw)")
            let customer = try #require(opened["customer_id"]?.stringValue)
            _ = try await api.call(
                .patch, "/api/v1/customers/\(customer)", key: key,
                json: ["name": "Sarah", "consent": ["marketing": true, "ai_processing": true]])
            _ = try await api.call(.post, "/api/v1/widget/events", key: token, json: ["name": "cart_abandoned", "properties": ["items": 3]])

            let evaluator = CampaignEvaluator(
                store: store, assessor: ChurnRiskAssessor(store: store, clock: SystemWallClock()), logger: TestStores.logger)
            let run = try await evaluator.evaluate(workspaceID: try #require(UUID(uuidString: workspaceID)), now: Date().addingTimeInterval(1))
            let again = try await evaluator.evaluate(now: Date().addingTimeInterval(2))
            let shown = try await api.call(.get, "/api/v1/widget/campaign-messages", key: token)
            let shownAgain = try await api.call(.get, "/api/v1/widget/campaign-messages", key: token)
            let messageID = try #require(shown.items.first?["id"]?.stringValue, "\(shown.raw)")
            let replied = try await api.call(.post, "/api/v1/widget/campaign-messages/\(messageID)/reply", key: token)
            let optedOut = try await api.call(.post, "/api/v1/widget/campaign-messages/\(messageID)/opt-out", key: token)
            let report = try await api.call(.get, "/api/v1/campaigns/\(id)/report", key: key)
            let listed = try await api.call(.get, "/api/v1/campaigns/\(id)/messages", key: key)
            let after = try await api.call(.get, "/api/v1/customers/\(customer)", key: key)
            let exported = try await api.call(.get, "/api/v1/customers/\(customer)/export", key: key)
            let (otherKey, _) = try await api.bootstrap("Other", token: "test-bootstrap-token")
            let foreign = try await api.call(.get, "/api/v1/campaigns/\(id)", key: otherKey)
            let paused = try await api.call(.post, "/api/v1/campaigns/\(id)/pause", key: key)

            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorCode == "channel_not_available", "\(refused.raw)")
            #expect(created.status == .created && created["status"]?.stringValue == "draft", "\(created.raw)")
            #expect(activated["status"]?.stringValue == "active", "\(activated.raw)")
            #expect(run.sent == 1 && again.sent == 0, "sent once")
            #expect(shown.items.count == 1)
            #expect(shown.items.first?["text"]?.stringValue == "Hi Sarah, your 3 items are waiting.", "\(shown.raw)")
            #expect(shown.items.first?["purpose"]?.stringValue == "marketing")
            #expect(shownAgain.items.isEmpty, "shown on one visit only")
            #expect(replied.status == .ok && optedOut.status == .ok, "\(replied.raw) \(optedOut.raw)")
            #expect(report["sent"]?.numberValue == 1 && report["opened"]?.numberValue == 1, "\(report.raw)")
            #expect(report["replied"]?.numberValue == 1 && report["opted_out"]?.numberValue == 1, "\(report.raw)")
            #expect(listed.items.first?["customer_id"]?.stringValue == customer)
            #expect(after["consent"]?["marketing"] == .bool(false), "the opt-out withdrew marketing consent")
            let exportedMessages = exported["campaign_messages"]?.arrayValue ?? []
            #expect(exportedMessages.count == 1 && exportedMessages.first?["opted_out_at"] != nil, "\(exported.raw.prefix(300))")
            #expect(foreign.status == .notFound)
            #expect(paused["status"]?.stringValue == "paused")
        }
    }

    @Test("An invalid campaign is refused with the field that is wrong", arguments: [StoreEngineKind.sqlite])
    func validation(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, _) = try await api.bootstrap("Lumen")
            var badField = Self.campaign
            badField["audience"] = [["field": "customer.shoe_size", "op": "eq", "value": 42]]
            var badQuiet = Self.campaign
            badQuiet["quiet_hours"] = ["from": "25:00", "to": "07:00"]
            var noTrigger = Self.campaign
            noTrigger["trigger"] = nil

            let field = try await api.call(.post, "/api/v1/campaigns", key: key, json: badField)
            let quiet = try await api.call(.post, "/api/v1/campaigns", key: key, json: badQuiet)
            let missing = try await api.call(.post, "/api/v1/campaigns", key: key, json: noTrigger)

            #expect(field.status == .unprocessableContent && field.raw.contains("audience[0].field"), "\(field.raw)")
            #expect(quiet.status == .unprocessableContent && quiet.raw.contains("quiet_hours"), "\(quiet.raw)")
            #expect(missing.status == .unprocessableContent && missing.raw.contains("trigger"), "\(missing.raw)")
        }
    }
}
