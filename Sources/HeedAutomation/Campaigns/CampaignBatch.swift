import Foundation
import HeedCore
import HeedStore

/// What the campaign evaluator reads for one page of customers, in a few queries: their orders and the behaviour
/// events the campaigns name (only when a campaign needs them), and who already has which campaign's message.
struct CampaignBatch: Sendable {
    let orders: [UUID: [Order]]
    let events: [UUID: [CustomerEvent]]
    let recipients: Set<CampaignRecipient>

    static func load(
        _ customers: [Customer], campaigns: [Campaign], workspaceID: UUID, store: any SupportStore, now: Date
    ) async throws -> CampaignBatch {
        let ids = customers.map(\.id)
        let needsOrders = campaigns.contains(where: \.needsOrders)
        let eventNames = Array(Set(campaigns.flatMap(\.eventNames))).sorted()
        return try await store.read { reader in
            let orders = needsOrders ? try await reader.orders(customerIDs: ids, workspaceID: workspaceID) : []
            let events = try await reader.customerEvents(customerIDs: ids, workspaceID: workspaceID, names: eventNames)
            let recipients = try await reader.campaignRecipients(
                campaignIDs: campaigns.map(\.id), customerIDs: ids, workspaceID: workspaceID)
            return CampaignBatch(
                orders: Dictionary(grouping: orders, by: \.customerID), events: Dictionary(grouping: events, by: \.customerID),
                recipients: recipients)
        }
    }

    func facts(for customer: Customer, now: Date) -> CampaignFacts {
        CampaignFacts(customer: customer, orders: orders[customer.id] ?? [], events: events[customer.id] ?? [], now: now)
    }

    /// Whether the customer has the campaign's message already.
    func has(_ campaign: Campaign, _ customer: Customer) -> Bool {
        recipients.contains(CampaignRecipient(campaignID: campaign.id, customerID: customer.id))
    }
}

extension Campaign {
    /// Whether its trigger or audience reads the customer's orders.
    var needsOrders: Bool {
        if case .dateRelative(let field, _, _) = trigger, CampaignTrigger.orderDateFields.contains(field) { return true }
        return audience.contains { $0.field == "orders.count" }
    }

    /// The behaviour events its trigger and audience read.
    var eventNames: [String] {
        var names = audience.compactMap(\.eventName)
        if case .event(let name, _) = trigger { names.append(name) }
        return names
    }

    /// Whether its trigger or audience reads the churn risk score (computed per customer, so only when needed).
    var needsChurnScore: Bool {
        if case .churnRiskAbove = trigger { return true }
        return audience.contains { $0.field == "churn_risk.score" }
    }
}
