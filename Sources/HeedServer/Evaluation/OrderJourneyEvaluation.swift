import Foundation
import HeedActions
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Runs the scripted order journeys against the embedded order dialogue on fresh copies of the demo shop, and
/// counts what matters: journeys resolved (every reply holds what it should, the order ends as it should), orders
/// changed by a message that was not an explicit yes, and changes to or replies quoting other customers' orders.
public struct OrderJourneyEvaluation: Sendable {
    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    /// Runs `journeys` (all the scripted ones by default), each on its own copy of the demo.
    public func run(_ journeys: [OrderJourney]? = nil) async throws -> OrderJourneyReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-journeys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("demo.sqlite")
        let logger = self.logger
        let workspaceID = try await StoreOpener.withStore(.sqlite(path: template.path), logger: logger) { store in
            try await DemoSeeder(store: store, clock: SystemWallClock(), logger: logger).seedIfNeeded(adminSecret: nil)
                .workspace.id
        }
        var report = OrderJourneyReport()
        for journey in journeys ?? OrderJourneyScripts.all {
            let copy = folder.appendingPathComponent("\(UUID().uuidString).sqlite")
            try FileManager.default.copyItem(at: template, to: copy)
            let outcome = try await StoreOpener.withStore(.sqlite(path: copy.path), logger: logger) { store in
                try await JourneyRun(store: store, workspaceID: workspaceID, logger: logger).run(journey)
            }
            report.add(journey, outcome)
        }
        return report
    }
}

extension OrderJourneyReport {
    mutating func add(_ journey: OrderJourney, _ outcome: JourneyRun.Outcome) {
        total += 1
        writesWithoutYes += outcome.writesWithoutYes
        otherCustomersActions += outcome.otherCustomersActions
        var counts = byLanguage[journey.language] ?? [0, 0]
        counts[1] += 1
        if outcome.problems.isEmpty {
            resolved += 1
            counts[0] += 1
        } else {
            failures.append("\(journey.language) \(journey.name): " + outcome.problems.joined(separator: "; "))
        }
        byLanguage[journey.language] = counts
    }
}

/// One journey on one store.
struct JourneyRun: Sendable {
    struct Outcome: Sendable {
        var problems: [String] = []
        var writesWithoutYes = 0
        var otherCustomersActions = 0
    }

    let store: any SupportStore
    let workspaceID: UUID
    let logger: Logger

    func run(_ journey: OrderJourney) async throws -> Outcome {
        let (conversation, customer) = try await start(journey)
        let owners = try await customerIDs()
        let ownerID = owners[journey.owner]
        let actor = OrderDialogueActor(store: store, clock: SystemWallClock(), logger: logger)
        var outcome = Outcome()
        var before = try await orders()
        for step in journey.steps {
            let message = Message(
                workspaceID: workspaceID, conversationID: conversation.id, author: .customer, body: step.text,
                language: journey.language, createdAt: Date())
            let action = try await actor.act(
                on: TurnActionRequest(
                    workspaceID: workspaceID, conversation: conversation, customer: customer, message: message,
                    text: step.text, language: journey.language))
            if let action { try await store.write { try await action.commit($0) } }
            let reply = action?.text ?? ""
            for expected in step.expected where !reply.contains(expected) {
                outcome.problems.append("reply to '\(step.text)' lacks '\(expected)': \(reply.prefix(160))")
            }
            let after = try await orders()
            let changed = after.values.filter { before[$0.number] != $0 }
            if !changed.isEmpty, !OrderDialogueActor.isExplicitYes(step.text) { outcome.writesWithoutYes += changed.count }
            outcome.otherCustomersActions += changed.filter { $0.customerID != ownerID }.count
            outcome.otherCustomersActions += after.values.filter { order in
                order.customerID != ownerID && order.fulfillments.flatMap(\.trackingIDs).contains { reply.contains($0) }
            }.count
            before = after
        }
        if let final = journey.finalOrder, before[final.number]?.status != final.status {
            outcome.problems.append("order \(final.number) is \(before[final.number]?.status.rawValue ?? "missing"), not \(final.status)")
        }
        return outcome
    }

    /// The journey's conversation, with the demo customer or a new anonymous visitor.
    private func start(_ journey: OrderJourney) async throws -> (Conversation, Customer) {
        let workspaceID = self.workspaceID
        return try await store.write { writer in
            let customer: Customer
            if let externalID = journey.customer,
                let found = try await writer.customers(
                    workspaceID: workspaceID, query: CustomerQuery(externalID: externalID), page: PageRequest(limit: 1)
                ).items.first
            {
                customer = found
            } else {
                customer = Customer(workspaceID: workspaceID, externalID: "visitor:\(UUID().uuidString)", createdAt: Date())
                try await writer.insert(customer)
            }
            let conversation = Conversation(workspaceID: workspaceID, customerID: customer.id, channel: .widget, createdAt: Date())
            try await writer.insert(conversation, externalThreadID: nil)
            return (conversation, customer)
        }
    }

    private func customerIDs() async throws -> [String: UUID] {
        let workspaceID = self.workspaceID
        let customers = try await store.read {
            try await $0.customers(workspaceID: workspaceID, query: CustomerQuery(), page: PageRequest(limit: PageRequest.maximumLimit))
        }
        return Dictionary(customers.items.compactMap { c in c.externalID.map { ($0, c.id) } }, uniquingKeysWith: { a, _ in a })
    }

    private func orders() async throws -> [String: Order] {
        let workspaceID = self.workspaceID
        let page = try await store.read {
            try await $0.orders(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit))
        }
        return Dictionary(page.items.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
