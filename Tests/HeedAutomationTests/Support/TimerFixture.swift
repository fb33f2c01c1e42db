import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// One node of the cluster for timer tests: its conversation layer with rules and the timer scheduler attached,
/// and a job runner with the three timers, all on one hand-moved clock.
struct TimerNode {
    let events: ConversationEvents
    let recorder: MessageRecorder
    let desk: ConversationDesk
    let runner: ClusterJobRunner

    init(_ store: SQLSupportStore, clock: SteppedClock, name: String = "node-a") {
        events = ConversationEvents(clock: clock, logger: TestStores.logger)
        recorder = MessageRecorder(store: store, events: events, locks: ConversationLocks())
        desk = ConversationDesk(store: store, recorder: recorder, events: events, clock: clock)
        RuleEngine(
            store: store, runner: RuleActionRunner(desk: desk, recorder: recorder, webhooks: NoWebhooks(), clock: clock),
            clock: clock, logger: TestStores.logger
        ).attach(to: events)
        TimerScheduler(store: store, queue: store.jobs, logger: TestStores.logger).attach(to: events)
        runner = ClusterJobRunner(
            queue: store.jobs,
            handlers: [
                CustomerSilenceTimer(store: store, recorder: recorder, events: events),
                AutoResolveTimer(store: store, desk: desk), SLAWarningTimer(store: store, events: events),
            ],
            clock: clock, logger: TestStores.logger, node: name)
    }
}

/// A workspace with `automation` settings and rules, a Vietnamese-speaking customer with an open conversation,
/// and one node over a real store.
struct TimerFixture {
    let store: SQLSupportStore
    let workspace: Workspace
    let agent: Agent
    let customer: Customer
    let conversation: Conversation
    let clock: SteppedClock
    let node: TimerNode

    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func make(
        _ store: SQLSupportStore, automation: AutomationPolicy, rules: (Workspace) -> [Rule] = { _ in [] }
    ) async throws -> TimerFixture {
        let clock = SteppedClock(start: start)
        var workspace = Workspace(name: "Shop", publicKey: "pk_timers_\(UUID().uuidString)", createdAt: start)
        workspace.policy.automation = automation
        let agent = Agent(workspaceID: workspace.id, name: "Yen", email: "yen@shop.example", role: .agent, createdAt: start)
        let customer = Customer(workspaceID: workspace.id, name: "Minh Anh", preferredLanguage: "vi", createdAt: start)
        let conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .widget, createdAt: start)
        let ruleList = rules(workspace)
        try await store.write { [workspace] writer in
            try await writer.insert(workspace)
            try await writer.insert(agent)
            try await writer.insert(customer)
            try await writer.insert(conversation, externalThreadID: nil)
            for rule in ruleList { try await writer.insert(try rule.validated()) }
        }
        return TimerFixture(
            store: store, workspace: workspace, agent: agent, customer: customer, conversation: conversation, clock: clock,
            node: TimerNode(store, clock: clock))
    }

    /// Records a message of `author` now.
    func says(_ author: MessageAuthor, _ body: String, on node: TimerNode? = nil) async throws {
        try await (node ?? self.node).recorder.record(
            Message(
                workspaceID: workspace.id, conversationID: conversation.id, author: author,
                authorID: author == .agent ? agent.id : nil, body: body, language: "vi", createdAt: clock.now()))
    }

    /// Moves the clock `hours` forward and runs the due jobs on the node; returns how many ran.
    @discardableResult
    func after(hours: Double) async throws -> Int {
        clock.advance(hours * 3600)
        return try await node.runner.runDueJobs()
    }

    func current() async throws -> Conversation {
        try #require(try await store.read { try await $0.conversation(id: conversation.id, workspaceID: workspace.id) })
    }

    func messages() async throws -> [Message] {
        try await store.read {
            try await $0.messages(conversationID: conversation.id, workspaceID: workspace.id, page: PageRequest(limit: 100))
        }.items
    }

    /// The audit events with `action`, oldest first.
    func audits(_ action: String) async throws -> [AuditEvent] {
        try await store.read {
            try await $0.auditEvents(workspaceID: workspace.id, page: PageRequest(limit: 100))
        }.items.filter { $0.action == action }.reversed()
    }

    /// A rule of the workspace.
    static func rule(_ workspace: Workspace, _ trigger: RuleTrigger, _ actions: [RuleAction]) -> Rule {
        Rule(workspaceID: workspace.id, name: trigger.rawValue, trigger: trigger, actions: actions, createdAt: start)
    }
}
