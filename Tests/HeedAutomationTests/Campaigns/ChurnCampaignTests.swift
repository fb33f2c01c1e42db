import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

import HeedAutomation

/// A churn-risk campaign (#18): the score is computed from the customer's conversations when the campaign job
/// looks at them, and the campaign reaches those at or above its threshold, once.
@Suite("Churn risk campaign")
struct ChurnCampaignTests {
    @Test("A customer who threatened to leave crosses the threshold and gets the message once; a calm one does not", arguments: TestStores.engines)
    func churnThreshold(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let now = Date(timeIntervalSince1970: 1_804_730_400)  // 02:00 UTC
            let workspace = Workspace(name: "W", publicKey: "pk_churn_campaign_\(UUID().uuidString)", createdAt: now)
            let leaving = Customer(workspaceID: workspace.id, name: "Minh Tran", createdAt: now)
            let calm = Customer(workspaceID: workspace.id, name: "Ilze", createdAt: now.addingTimeInterval(1))
            let campaign = Campaign(
                workspaceID: workspace.id, name: "Win back", purpose: .transactional, status: .active,
                audience: [AudienceCondition(field: "churn_risk.score", op: .gte, value: .number(0.3))],
                trigger: .churnRiskAbove(0.5),
                message: MessageTemplate(["en": "{{customer.first_name}}, a colleague will call you about your account."]),
                activatedAt: now.addingTimeInterval(-60), createdAt: now.addingTimeInterval(-60))
            try await store.write { writer in
                try await writer.insert(workspace)
                for customer in [leaving, calm] {
                    try await writer.insert(customer)
                    let conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .widget, createdAt: now)
                    try await writer.insert(conversation, externalThreadID: nil)
                    let threat = customer.id == leaving.id
                    _ = try await writer.append(Message(
                        workspaceID: workspace.id, conversationID: conversation.id, author: .customer,
                        body: threat ? "I want to cancel my account" : "Hello",
                        annotations: MessageAnnotations(
                            sentiment: threat ? "negative" : "neutral",
                            signals: threat ? [SignalAnnotation(kind: "churn_threat", score: 0.9, evidence: ["cancel my account"])] : []),
                        createdAt: now.addingTimeInterval(-600)))
                }
                try await writer.insert(campaign)
            }
            let evaluator = CampaignEvaluator(
                store: store, assessor: ChurnRiskAssessor(store: store, clock: FixedClock(instant: now)), logger: TestStores.logger)

            let first = try await evaluator.evaluate(now: now)
            let second = try await evaluator.evaluate(now: now.addingTimeInterval(60))
            let sent = try await store.read {
                try await $0.campaignDeliveries(campaignID: campaign.id, workspaceID: workspace.id, page: PageRequest()).items
            }

            #expect(first == CampaignEvaluator.Run(customersEvaluated: 2, sent: 1))
            #expect(second.sent == 0)
            #expect(sent.map(\.customerID) == [leaving.id])
            #expect(sent.first?.text == "Minh, a colleague will call you about your account.")
            #expect(sent.first?.reason.hasPrefix("churn_risk.score") == true, "\(sent.first?.reason ?? "")")
        }
    }
}
