import Foundation
import HeedCore
import HeedStore

/// The customer's side of campaigns, in their widget session: the messages waiting for them (shown once: fetching
/// them marks them opened), a reply to one, and an opt-out from marketing (recorded on the message, the customer's
/// consent withdrawn, and audited; transactional messages still come).
public struct CampaignInbox: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    /// At most this many waiting messages are shown at once.
    static let shownAtOnce = 5

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// The customer's widget messages not shown yet, oldest first, now marked opened.
    public func open(customerID: UUID, workspaceID: UUID) async throws -> [CampaignDelivery] {
        let now = clock.now()
        return try await store.write { writer in
            var opened: [CampaignDelivery] = []
            for var delivery in try await writer.unopenedCampaignDeliveries(
                customerID: customerID, workspaceID: workspaceID, limit: Self.shownAtOnce)
            {
                delivery.openedAt = now
                try await writer.update(delivery)
                opened.append(delivery)
            }
            return opened
        }
    }

    /// The customer answered message `id` (the first answer counts).
    public func reply(deliveryID: UUID, customerID: UUID, workspaceID: UUID) async throws -> CampaignDelivery {
        let now = clock.now()
        return try await change(deliveryID, customerID: customerID, workspaceID: workspaceID) { delivery, _ in
            if delivery.openedAt == nil { delivery.openedAt = now }
            if delivery.repliedAt == nil { delivery.repliedAt = now }
        }
    }

    /// The customer wants no more marketing: recorded on message `id`, their marketing consent withdrawn.
    public func optOut(deliveryID: UUID, customerID: UUID, workspaceID: UUID) async throws -> CampaignDelivery {
        let now = clock.now()
        return try await change(deliveryID, customerID: customerID, workspaceID: workspaceID) { delivery, writer in
            if delivery.optedOutAt == nil { delivery.optedOutAt = now }
            guard var customer = try await writer.lockCustomer(id: customerID, workspaceID: workspaceID) else { return }
            customer.consent.marketing = false
            customer.updatedAt = now
            try await writer.update(customer)
            try await writer.insert(AuditEvent(
                workspaceID: workspaceID, actor: Actor(kind: .customer, id: customerID),
                action: "customer.marketing_opted_out", subjectType: "customer", subjectID: customerID,
                details: ["campaign_id": .string(delivery.campaignID.uuidString)], createdAt: now))
        }
    }

    private func change(
        _ id: UUID, customerID: UUID, workspaceID: UUID,
        _ body: @escaping @Sendable (inout CampaignDelivery, any StoreWriter) async throws -> Void
    ) async throws -> CampaignDelivery {
        try await store.write { writer in
            guard var delivery = try await writer.campaignDelivery(id: id, workspaceID: workspaceID),
                  delivery.customerID == customerID
            else { throw HeedError.notFound("Campaign message") }
            try await body(&delivery, writer)
            try await writer.update(delivery)
            return delivery
        }
    }
}
