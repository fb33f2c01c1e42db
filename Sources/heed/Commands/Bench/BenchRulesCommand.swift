import ArgumentParser
import Foundation
import HeedAutomation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// `heed bench rules`: how fast rule conditions are evaluated (one core, pure matching), and how much time the rule
/// engine adds to each event of a turn with that many rules active (rules from the node's cache as a server runs
/// them, facts loaded from a real store, conditions evaluated), against the same event with no rules.
struct BenchRulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Benchmark automation rules: evaluations per second and latency added per event.")

    @Option(help: "Active rules.") var rules = 100
    @Option(help: "Customer messages whose facts every rule is evaluated on.") var messages = 2_000
    @Option(help: "Events timed through the rule engine, with and without rules.") var events = 300
    @Option(name: .customLong("database-url"), help: "Store to measure on (default: a temporary SQLite file).")
    var databaseURL: String?

    func run() async throws {
        let now = Date()
        let workspace = Workspace(name: "Bench", publicKey: "pk_bench_\(UUID().uuidString)", createdAt: now)
        let customer = Customer(
            workspaceID: workspace.id, name: "Bench", attributes: ["lifetime_value": .number(420)], createdAt: now)
        let conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .widget, createdAt: now)
        let ruleList = RuleWorkload.rules(rules, workspaceID: workspace.id, now: now)
        let facts = RuleWorkload.facts(messages, conversation: conversation, customer: customer, now: now)

        let clock = ContinuousClock()
        _ = RuleWorkload.matches(ruleList, Array(facts.prefix(100)))  // warm-up
        var matched = 0
        let elapsed = clock.measure { matched = RuleWorkload.matches(ruleList, facts) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let evaluations = Double(ruleList.count * facts.count)
        print("rules: \(ruleList.count) active message.created rules (AND/OR/NOT over language, emotion, intent, words, tier, attributes, tags)")
        print(String(format: "evaluation: %.0f rule evaluations/s on one core (%.2f µs each; %d messages × %d rules, %d matched)",
                     evaluations / seconds, seconds * 1e6 / evaluations, facts.count, ruleList.count, matched))
        print(String(format: "            %.0f messages/s checked against all %d rules", Double(facts.count) / seconds, ruleList.count))
        try await measureEngine(workspace: workspace, customer: customer, conversation: conversation, rules: ruleList)
    }

    /// Times `RuleEngine.react` on `message.created` events in a workspace with the rules (none of them matching,
    /// so what is measured is the lookup, the facts and the evaluation) and in one without.
    private func measureEngine(workspace: Workspace, customer: Customer, conversation: Conversation, rules: [Rule]) async throws {
        let logger = {
            var logger = Logger(label: "heed.bench.rules")
            logger.logLevel = .error
            return logger
        }()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-bench-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try DatabaseLocation.resolve(databaseURL: databaseURL, dataDirectory: folder.path)
        let wallClock = SystemWallClock()
        let silent = rules.map { rule -> Rule in
            var copy = rule
            // No message is in language 'zz': every rule is read and evaluated, none acts.
            copy.condition = .all([rule.condition!, .test(RuleTest(.messageLanguage, .equals, .string("zz")))])
            return copy
        }
        let (bare, bareCustomer, bareConversation) = Self.ruleless(workspace, customer, conversation)
        try await StoreOpener.withStore(location, logger: logger) { store in
            try await store.write { writer in
                for (space, person, thread) in [(workspace, customer, conversation), (bare, bareCustomer, bareConversation)] {
                    try await writer.insert(space)
                    try await writer.insert(person)
                    try await writer.insert(thread, externalThreadID: nil)
                }
                for rule in silent { try await writer.insert(rule) }
            }
            let conversationEvents = ConversationEvents(clock: wallClock, logger: logger)
            let recorder = MessageRecorder(store: store, events: conversationEvents, locks: ConversationLocks())
            let desk = ConversationDesk(store: store, recorder: recorder, events: conversationEvents, clock: wallClock)
            let engine = RuleEngine(
                store: store,
                runner: RuleActionRunner(desk: desk, recorder: recorder, webhooks: NoWebhookSender(), clock: wallClock),
                clock: wallClock, logger: logger, cache: RuleCache(bus: InProcessEventBus()))
            let withRules = try await time(engine, conversation, count: events)
            let without = try await time(engine, bareConversation, count: events)
            let engineName = if case .postgres = location { "PostgreSQL" } else { "SQLite" }
            print("engine (\(engineName), \(events) message.created events each):")
            print(String(format: "  %d rules: p50 %.3f ms, p99 %.3f ms per event", rules.count, withRules.p50, withRules.p99))
            print(String(format: "  no rules: p50 %.3f ms, p99 %.3f ms per event", without.p50, without.p99))
            print(String(format: "  added to a turn (two message.created events: the customer's message and the reply): %.2f ms at p50",
                         2 * withRules.p50))
        }
    }

    /// A second workspace like `workspace`, with its own customer and conversation, and no rules.
    static func ruleless(_ workspace: Workspace, _ customer: Customer, _ conversation: Conversation)
        -> (Workspace, Customer, Conversation)
    {
        var bare = workspace
        bare.id = UUID()
        bare.publicKey += "_bare"
        var bareCustomer = customer
        bareCustomer.id = UUID()
        bareCustomer.workspaceID = bare.id
        var bareConversation = conversation
        bareConversation.id = UUID()
        bareConversation.workspaceID = bare.id
        bareConversation.customerID = bareCustomer.id
        return (bare, bareCustomer, bareConversation)
    }

    private func time(_ engine: RuleEngine, _ conversation: Conversation, count: Int) async throws -> (p50: Double, p99: Double) {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for index in 0..<(count + 10) {
            let message = Message(
                workspaceID: conversation.workspaceID, conversationID: conversation.id, author: .customer,
                body: "Message \(index): hoàn tiền", language: "vi", createdAt: Date())
            let event = AgentEvent(
                .messageCreated, workspaceID: conversation.workspaceID, conversation: conversation, message: message, at: Date())
            let elapsed = await clock.measure { _ = await engine.react(to: event) }
            if index >= 10 { samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3) }
        }
        samples.sort()
        return (samples[samples.count / 2], samples[min(samples.count - 1, samples.count * 99 / 100)])
    }
}

/// The bench's rules never call webhooks.
private struct NoWebhookSender: WebhookSender {
    struct NotSent: Error {}
    func send(_ body: Data, to url: String, secret: String, allowPrivateNetwork: Bool) async throws -> Int { throw NotSent() }
}
