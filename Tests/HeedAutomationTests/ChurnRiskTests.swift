import Foundation
import HeedCore
import Testing

import HeedAutomation

@Suite("Churn risk")
struct ChurnRiskTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let workspaceID = UUID()
    let customerID = UUID()

    func conversation(_ status: ConversationStatus, daysAgo: Double, handedOff: Bool = false) -> Conversation {
        var conversation = Conversation(
            workspaceID: workspaceID, customerID: customerID, channel: .api, createdAt: now.addingTimeInterval(-daysAgo * 86_400))
        conversation.status = status
        conversation.lastMessageAt = conversation.createdAt
        if handedOff { conversation.handedOffAt = conversation.createdAt }
        return conversation
    }

    func message(_ conversation: Conversation, sentiment: String, churnCue: String? = nil, daysAgo: Double) -> Message {
        Message(
            workspaceID: workspaceID, conversationID: conversation.id, author: .customer, body: "…",
            annotations: MessageAnnotations(
                sentiment: sentiment,
                signals: churnCue.map { [SignalAnnotation(kind: "churn_threat", score: 0.86, evidence: [$0])] } ?? []),
            createdAt: now.addingTimeInterval(-daysAgo * 86_400))
    }

    @Test("A customer whose conversations went well is at low risk, with no evidence")
    func calm() {
        let resolved = conversation(.resolved, daysAgo: 3)
        let risk = ChurnRisk.assess(
            customerID: customerID,
            conversations: [(resolved, [message(resolved, sentiment: "neutral", daysAgo: 3), message(resolved, sentiment: "positive", daysAgo: 3)])],
            now: now)

        #expect(risk.score == 0)
        #expect(risk.level == .low)
        #expect(risk.evidence.isEmpty)
    }

    @Test("The score rises with each kind of evidence: problems, an open conversation, a negative trend, a cancellation cue")
    func rises() {
        let problem = conversation(.resolved, daysAgo: 5, handedOff: true)
        let problemMessages = [message(problem, sentiment: "negative", daysAgo: 5)]
        let open = conversation(.open, daysAgo: 1)
        let openMessages = [message(open, sentiment: "negative", daysAgo: 1)]
        let cue = [message(open, sentiment: "negative", churnCue: "cancel my account", daysAgo: 1)]

        let one = ChurnRisk.assess(customerID: customerID, conversations: [(problem, problemMessages)], now: now)
        let two = ChurnRisk.assess(
            customerID: customerID, conversations: [(problem, problemMessages), (open, openMessages)], now: now)
        let three = ChurnRisk.assess(
            customerID: customerID, conversations: [(problem, problemMessages), (open, openMessages + cue)], now: now)

        #expect(one.evidence.map(\.kind) == [.recentProblems])
        #expect(one.level == .low)
        #expect(two.score > one.score)
        #expect(Set(two.evidence.map(\.kind)) == [.recentProblems, .unresolvedConversations, .negativeTrend])
        #expect(two.level == .medium)
        #expect(three.score > two.score)
        #expect(three.level == .high)
        #expect(three.evidence.first { $0.kind == .cancellationCue }?.detail == "said: cancel my account")
    }

    @Test("Old evidence does not count: a cue older than 90 days, problems older than 30")
    func ageing() {
        let old = conversation(.resolved, daysAgo: 120, handedOff: true)
        let risk = ChurnRisk.assess(
            customerID: customerID,
            conversations: [(old, [message(old, sentiment: "neutral", churnCue: "switch to another shop", daysAgo: 120)])],
            now: now)

        #expect(risk.evidence.isEmpty)
        #expect(risk.level == .low)
    }
}
