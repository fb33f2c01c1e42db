import Foundation
import HeedCore
import Testing

@Suite("Policy limits")
struct PolicyLimitsTests {
    @Test("Reaching the AI reply limit hands off with policy_limit, after the customer's own reasons")
    func replyLimit() {
        let limits = PolicyLimits(maxAIReplies: 3)
        let within = TurnAssessment(answerConfidence: 0.9, aiRepliesSinceHuman: 2)
        #expect(HandoffPolicy.decide(within, settings: HandoffSettings(), limits: limits) == .answer)
        let reached = TurnAssessment(answerConfidence: 0.9, aiRepliesSinceHuman: 3)
        #expect(HandoffPolicy.decideBeforeAnswering(reached, settings: HandoffSettings(), limits: limits) == .handoff(.policyLimit))
        let asked = TurnAssessment(humanRequested: 0.9, aiRepliesSinceHuman: 3)
        #expect(HandoffPolicy.decide(asked, settings: HandoffSettings(), limits: limits) == .handoff(.customerAskedForHuman))
        #expect(limits.breach(aiRepliesSinceHuman: 3)?.contains("allows 3") == true)
        #expect(limits.breach(aiRepliesSinceHuman: 2) == nil)
    }

    @Test("A stored policy without limits loads with the default limits and writes them back")
    func lenientDecoding() throws {
        let stored = #"{"handoff":{"anger_threshold":0.6},"routing":{"refund":"Billing"},"fallback_team":null}"#
        let policy = try HeedJSON.makeDecoder().decode(WorkspacePolicy.self, from: Data(stored.utf8))
        #expect(policy.limits == PolicyLimits())
        #expect(policy.limits.maxAIReplies == 10)
        #expect(policy.handoff.angerThreshold == 0.6)
        let partial = try HeedJSON.makeDecoder().decode(WorkspacePolicy.self, from: Data(#"{"limits":{}}"#.utf8))
        #expect(partial.limits.maxAIReplies == 10)
        let encoded = String(decoding: try HeedJSON.makeEncoder().encode(PolicyLimits(maxAIReplies: 4)), as: UTF8.self)
        #expect(encoded.contains(#""max_ai_replies":4"#))
    }
}
