import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Logging
import Testing

@testable import HeedAutomation

/// A workspace with a Billing team and an agent, a Vietnamese-speaking customer with an open AI conversation, and
/// the conversation layer with a rule engine attached — on a real store. Webhooks go to `webhooks` (private
/// addresses, such as a scripted receiver's 127.0.0.1, only when `allowPrivateWebhooks`).
struct RuleFixture {
    let store: any SupportStore
    let workspace: Workspace
    let billing: Team
    let agent: Agent
    let customer: Customer
    let conversation: Conversation
    let events: ConversationEvents
    let recorder: MessageRecorder
    let desk: ConversationDesk
    let engine: RuleEngine
    let clock: FixedClock

    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func make(
        _ store: any SupportStore, rules: (Workspace, Team, Agent) -> [Rule], webhooks: any WebhookSender = NoWebhooks(),
        bus: any EventBus = InProcessEventBus(), allowPrivateWebhooks: Bool = false
    ) async throws -> RuleFixture {
        let clock = FixedClock(instant: start)
        var workspace = Workspace(name: "Shop", publicKey: "pk_rules_\(UUID().uuidString)", createdAt: start)
        workspace.policy.automation.webhooksAllowPrivateNetwork = allowPrivateWebhooks
        let billing = Team(workspaceID: workspace.id, name: "Billing", createdAt: start)
        let agent = Agent(
            workspaceID: workspace.id, name: "Yen", email: "yen@shop.example", role: .agent, teamIDs: [billing.id],
            createdAt: start)
        let customer = Customer(
            workspaceID: workspace.id, name: "Minh Anh", preferredLanguage: "vi", attributes: ["order_id": .string("#W1001")],
            createdAt: start)
        let conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .widget, createdAt: start)
        let ruleList = rules(workspace, billing, agent)
        try await store.write { [workspace] writer in
            try await writer.insert(workspace)
            try await writer.insert(billing)
            try await writer.insert(agent)
            try await writer.insert(customer)
            try await writer.insert(conversation, externalThreadID: nil)
            for rule in ruleList { try await writer.insert(try rule.validated()) }
        }
        let (events, recorder, desk, engine) = node(store, bus: bus, clock: clock, webhooks: webhooks)
        return RuleFixture(
            store: store, workspace: workspace, billing: billing, agent: agent, customer: customer,
            conversation: conversation, events: events, recorder: recorder, desk: desk, engine: engine, clock: clock)
    }

    /// One node's conversation layer over `store` and the cluster's `bus`, with its rule engine attached.
    static func node(_ store: any SupportStore, bus: any EventBus, clock: FixedClock, webhooks: any WebhookSender = NoWebhooks())
        -> (ConversationEvents, MessageRecorder, ConversationDesk, RuleEngine)
    {
        let events = ConversationEvents(clock: clock, logger: TestStores.logger, bus: bus)
        let recorder = MessageRecorder(store: store, events: events, locks: ConversationLocks())
        let desk = ConversationDesk(store: store, recorder: recorder, events: events, clock: clock)
        let engine = RuleEngine(
            store: store, runner: RuleActionRunner(desk: desk, recorder: recorder, webhooks: webhooks, clock: clock),
            clock: clock, logger: TestStores.logger)
        engine.attach(to: events)
        return (events, recorder, desk, engine)
    }

    /// A rule of the workspace.
    static func rule(
        _ workspace: Workspace, _ trigger: RuleTrigger, _ condition: RuleCondition? = nil, _ actions: [RuleAction],
        name: String = "rule", at offset: Double = 0
    ) -> Rule {
        Rule(
            workspaceID: workspace.id, name: name, trigger: trigger, condition: condition, actions: actions,
            createdAt: start.addingTimeInterval(offset))
    }

    /// Records a customer message with what the language step would have read in it.
    @discardableResult
    func customerSays(_ body: String, language: String, emotions: [String] = []) async throws -> RecordedMessage {
        try await recorder.record(
            Message(
                workspaceID: workspace.id, conversationID: conversation.id, author: .customer, body: body,
                language: language,
                annotations: MessageAnnotations(signals: emotions.map { SignalAnnotation(kind: $0, score: 0.9) }),
                createdAt: clock.now()))
    }

    /// Changes the conversation as an admin would.
    @discardableResult
    func change(_ changes: ConversationChanges) async throws -> Conversation {
        try await desk.updateConversation(
            id: conversation.id, with: changes, workspaceID: workspace.id, actor: Actor(kind: .agent, id: agent.id))
    }

    func current() async throws -> Conversation {
        try #require(try await store.read { try await $0.conversation(id: conversation.id, workspaceID: workspace.id) })
    }

    func messages() async throws -> [Message] {
        try await store.read {
            try await $0.messages(conversationID: conversation.id, workspaceID: workspace.id, page: PageRequest(limit: 100))
        }.items
    }

    /// The `rule.ran` audit events, oldest first.
    func runs() async throws -> [AuditEvent] {
        try await store.read {
            try await $0.auditEvents(workspaceID: workspace.id, page: PageRequest(limit: 100))
        }.items.filter { $0.action == "rule.ran" }.reversed()
    }
}

/// A webhook sender for tests that send none.
struct NoWebhooks: WebhookSender {
    struct Unexpected: Error {}
    func send(_ body: Data, to url: String, secret: String, allowPrivateNetwork: Bool) async throws -> Int { throw Unexpected() }
}
