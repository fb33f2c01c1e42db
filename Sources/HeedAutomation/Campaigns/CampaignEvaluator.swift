import Foundation
import HeedCore
import HeedStore
import Logging

/// Decides who gets which campaign message now: for every workspace, each active campaign outside its quiet hours
/// looks at every customer, a page at a time — consent (marketing needs it), audience, trigger — and sends (queues
/// for the channel) the message to those it fires for, within the frequency cap. The database keeps one message
/// per campaign and customer, and the customer's row is locked while the cap is counted, so evaluators on several
/// nodes at once never send a message twice or go over a cap.
public struct CampaignEvaluator: Sendable {
    let store: any SupportStore
    let assessor: ChurnRiskAssessor
    let logger: Logger

    /// What one evaluation did.
    public struct Run: Sendable, Equatable {
        /// Customers looked at (once per workspace with a campaign to evaluate).
        public var customersEvaluated = 0
        /// Messages sent.
        public var sent = 0

        public init(customersEvaluated: Int = 0, sent: Int = 0) {
            self.customersEvaluated = customersEvaluated
            self.sent = sent
        }

        static func + (left: Run, right: Run) -> Run {
            Run(customersEvaluated: left.customersEvaluated + right.customersEvaluated, sent: left.sent + right.sent)
        }
    }

    public init(store: any SupportStore, assessor: ChurnRiskAssessor, logger: Logger) {
        self.store = store
        self.assessor = assessor
        self.logger = logger
    }

    /// Evaluates every workspace's active campaigns as of `now`.
    public func evaluate(now: Date) async throws -> Run {
        var run = Run()
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            run = run + (try await evaluate(workspaceID: workspaceID, now: now))
        }
        return run
    }

    /// Evaluates one workspace's active campaigns as of `now`.
    public func evaluate(workspaceID: UUID, now: Date) async throws -> Run {
        let (workspace, campaigns) = try await store.read { reader in
            (try await reader.workspace(id: workspaceID), try await reader.activeCampaigns(workspaceID: workspaceID))
        }
        guard let workspace else { return Run() }
        let zone = Self.timeZone(of: workspace.policy)
        let sending = campaigns.filter { !($0.quietHours?.contains(now, timeZone: zone) ?? false) }
        guard !sending.isEmpty else { return Run() }
        var run = Run()
        var cursor: String?
        repeat {
            let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
            let page = try await store.read {
                try await $0.customers(workspaceID: workspaceID, query: CustomerQuery(), page: request)
            }
            run = run + (try await evaluate(page.items, campaigns: sending, workspaceID: workspaceID, now: now))
            cursor = page.nextCursor
        } while cursor != nil
        if run.sent > 0 {
            logger.info("Campaign messages sent", metadata: ["workspace.id": "\(workspaceID)", "campaign.sent": "\(run.sent)"])
        }
        return run
    }

    /// The workspace's time zone: its business hours', else its reports'.
    static func timeZone(of policy: WorkspacePolicy) -> TimeZone {
        policy.businessHours.flatMap { TimeZone(identifier: $0.timeZone) } ?? policy.reporting.zone
    }

    /// Decides one page of customers, then sends its messages in one transaction.
    func evaluate(_ customers: [Customer], campaigns: [Campaign], workspaceID: UUID, now: Date) async throws -> Run {
        let batch = try await CampaignBatch.load(customers, campaigns: campaigns, workspaceID: workspaceID, store: store, now: now)
        var due: [(Campaign, CampaignDelivery)] = []
        for customer in customers {
            var facts = batch.facts(for: customer, now: now)
            for campaign in campaigns where campaign.isAllowed(for: customer) && !batch.has(campaign, customer) {
                if campaign.needsChurnScore, facts.churnScore == nil {
                    facts.churnScore = try await assessor.risk(customerID: customer.id, workspaceID: workspaceID).score
                }
                guard facts.matches(campaign.audience), let occasion = facts.occasion(for: campaign) else { continue }
                due.append((campaign, Self.delivery(campaign, to: facts, occasion: occasion, now: now)))
            }
        }
        return Run(customersEvaluated: customers.count, sent: due.isEmpty ? 0 : try await send(due, now: now))
    }

    /// The message of `campaign` for the customer of `facts`, in their language, filled in.
    static func delivery(_ campaign: Campaign, to facts: CampaignFacts, occasion: CampaignOccasion, now: Date) -> CampaignDelivery {
        let customer = facts.customer
        let language = campaign.message.chosenLanguage(for: customer.preferredLanguage)
        return CampaignDelivery(
            workspaceID: campaign.workspaceID, campaignID: campaign.id, customerID: customer.id, purpose: campaign.purpose,
            channel: campaign.channel, language: language,
            text: campaign.message.render(language: language, values: facts.placeholderValues(occasion)),
            reason: occasion.reason, createdAt: now)
    }

    /// Stores each message, in order, unless consent went, the cap is reached or the customer has it already;
    /// returns how many were stored. Customers' rows are locked in page order, so concurrent evaluators wait for
    /// each other instead of deadlocking.
    func send(_ due: [(Campaign, CampaignDelivery)], now: Date) async throws -> Int {
        try await store.write { writer in
            var sent = 0
            for (campaign, delivery) in due {
                guard let current = try await writer.lockCustomer(id: delivery.customerID, workspaceID: delivery.workspaceID),
                      campaign.isAllowed(for: current)
                else { continue }
                if let cap = campaign.frequencyCap {
                    let recent = try await writer.campaignDeliveries(
                        customerIDs: [delivery.customerID], workspaceID: delivery.workspaceID,
                        since: now.addingTimeInterval(-cap.period))
                    guard recent.count < cap.maxMessages else { continue }
                }
                if try await writer.insertIfNew(delivery) { sent += 1 }
            }
            return sent
        }
    }
}
