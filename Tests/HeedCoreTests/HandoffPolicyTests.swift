import Foundation
import HeedCore
import Testing

@Suite("Handoff policy")
struct HandoffPolicyTests {
    let settings = HandoffSettings()

    @Test("A confident, calm, grounded answer is given")
    func answers() {
        let turn = TurnAssessment(intent: "shipping", intentConfidence: 0.9, answerConfidence: 0.8)
        #expect(HandoffPolicy.decide(turn, settings: settings) == .answer)
    }

    @Test("Each reason hands off, the customer's request first")
    func reasons() {
        let cases: [(TurnAssessment, HandoffReason)] = [
            (TurnAssessment(humanRequested: 0.9, anger: 0.9, answerConfidence: 0.9), .customerAskedForHuman),
            (TurnAssessment(answerConfidence: 0.9, aiConsent: false), .noAIConsent),
            (TurnAssessment(sensitiveTopics: ["fraud"], answerConfidence: 0.9), .sensitiveTopic),
            (TurnAssessment(anger: 0.8, answerConfidence: 0.9), .anger),
            (TurnAssessment(answerConfidence: 0.9, consecutiveAIFailures: 2), .repeatedFailure),
            (TurnAssessment(answerAbstained: true, answerConfidence: 0.9), .answerAbstained),
            (TurnAssessment(intentConfidence: 0.9, answerConfidence: 0.1), .lowConfidence),
        ]
        for (turn, reason) in cases {
            #expect(HandoffPolicy.decide(turn, settings: settings) == .handoff(reason), "\(reason)")
        }
    }

    @Test("Two intents almost tied ask one clarifying question")
    func clarifies() {
        let turn = TurnAssessment(intent: "refund", intentConfidence: 0.41, runnerUpConfidence: 0.38, answerConfidence: 0.2)
        #expect(HandoffPolicy.decide(turn, candidates: ["refund", "return"], settings: settings)
            == .clarify(candidates: ["refund", "return"]))
    }

    @Test("Settings change the outcome: a VIP is answered unless the workspace hands VIPs off")
    func settingsApply() {
        let turn = TurnAssessment(answerConfidence: 0.9, customerTier: .vip)
        #expect(HandoffPolicy.decide(turn, settings: settings) == .answer)
        var strict = settings
        strict.handOffVIPs = true
        #expect(HandoffPolicy.decide(turn, settings: strict) == .handoff(.vipCustomer))
    }
}

@Suite("Priority, service levels and routing")
struct RoutingPolicyTests {
    @Test("An angry, urgent double charge is P1; a calm question P4")
    func priorities() {
        #expect(PriorityPolicy.priority(for: TurnAssessment(intent: "double_charge", anger: 0.8, urgency: 0.7)) == .p1)
        #expect(PriorityPolicy.priority(for: TurnAssessment(intent: "double_charge")) == .p2)
        #expect(PriorityPolicy.priority(for: TurnAssessment(intent: "shipping", negativity: 0.7)) == .p3)
        #expect(PriorityPolicy.priority(for: TurnAssessment(intent: "shipping")) == .p4)
        #expect(PriorityPolicy.priority(for: TurnAssessment(urgency: 0.9, customerTier: .vip)) == .p1)
    }

    @Test("Due times follow the priority; a missed first response is a breach")
    func serviceLevels() {
        let policy = ServiceLevelPolicy()
        let start = Date(timeIntervalSince1970: 1_000_000)
        let due = policy.dueTimes(priority: .p1, from: start)
        #expect(due.firstResponse == start.addingTimeInterval(15 * 60))
        #expect(due.resolution == start.addingTimeInterval(240 * 60))
        var conversation = Conversation(workspaceID: UUID(), customerID: UUID(), channel: .api, createdAt: start)
        conversation.firstResponseDueAt = due.firstResponse
        #expect(!ServiceLevelPolicy.isBreached(conversation, at: start.addingTimeInterval(60)))
        #expect(ServiceLevelPolicy.isBreached(conversation, at: start.addingTimeInterval(16 * 60)))
        conversation.firstResponseAt = start.addingTimeInterval(5 * 60)
        #expect(!ServiceLevelPolicy.isBreached(conversation, at: start.addingTimeInterval(16 * 60)))
    }

    @Test("Topics route to the matching team; the least-loaded available agent takes it")
    func routing() {
        let workspace = UUID()
        let now = Date()
        let billing = Team(workspaceID: workspace, name: "Billing", intents: ["billing", "charge", "refund"], createdAt: now)
        let shipping = Team(workspaceID: workspace, name: "Shipping", intents: ["shipping", "tracking"], createdAt: now)
        #expect(RoutingPolicy.team(for: ["double_charge"], teams: [shipping, billing])?.name == "Billing")
        #expect(RoutingPolicy.team(for: ["tracking"], teams: [shipping, billing])?.name == "Shipping")
        #expect(RoutingPolicy.team(for: ["weather"], teams: [shipping, billing], fallback: shipping)?.name == "Shipping")

        let busy = Agent(workspaceID: workspace, name: "Busy", email: "b@x", role: .agent, teamIDs: [billing.id], capacity: 2, createdAt: now)
        let free = Agent(workspaceID: workspace, name: "Free", email: "f@x", role: .agent, teamIDs: [billing.id], capacity: 5, createdAt: now)
        let away = Agent(workspaceID: workspace, name: "Away", email: "a@x", role: .agent, teamIDs: [billing.id], isAvailable: false, createdAt: now)
        let loads = [busy.id: 2, free.id: 3, away.id: 0]
        #expect(RoutingPolicy.assignee(in: billing, agents: [busy, free, away], openConversations: loads)?.name == "Free")
        #expect(RoutingPolicy.assignee(in: billing, agents: [busy, away], openConversations: loads) == nil)
    }
}
