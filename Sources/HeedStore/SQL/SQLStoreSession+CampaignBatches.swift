import Foundation
import HeedCore
import SQLKit

/// The batch reads of the campaign job: one query per page of customers, not one per customer.
extension SQLStoreSession {
    /// `(a, b, …)` for `IN`.
    static func group(_ values: [SQLBind]) -> any SQLExpression { SQLGroupExpression(SQLList(values)) }

    func campaignDeliveries(customerIDs: [UUID], workspaceID: UUID, since: Date) async throws -> [CampaignDelivery] {
        guard !customerIDs.isEmpty else { return [] }
        return try await documents.database.select().column("doc").from(CampaignDelivery.table)
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("customer_id", .in, Self.group(customerIDs.map { SQLBind($0.uuidString) }))
            .where("created_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(since)))
            .all().map { try documents.decode(CampaignDelivery.self, from: $0) }
    }

    func campaignRecipients(campaignIDs: [UUID], customerIDs: [UUID], workspaceID: UUID) async throws
        -> Set<CampaignRecipient>
    {
        guard !campaignIDs.isEmpty, !customerIDs.isEmpty else { return [] }
        let rows = try await documents.database.select().column("campaign_id").column("customer_id")
            .from(CampaignDelivery.table)
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("campaign_id", .in, Self.group(campaignIDs.map { SQLBind($0.uuidString) }))
            .where("customer_id", .in, Self.group(customerIDs.map { SQLBind($0.uuidString) }))
            .all()
        return Set(try rows.compactMap { row in
            guard let campaign = UUID(uuidString: try row.decode(column: "campaign_id", as: String.self)),
                  let customer = UUID(uuidString: try row.decode(column: "customer_id", as: String.self))
            else { return nil }
            return CampaignRecipient(campaignID: campaign, customerID: customer)
        })
    }

    func orders(customerIDs: [UUID], workspaceID: UUID) async throws -> [Order] {
        guard !customerIDs.isEmpty else { return [] }
        return try await documents.database.select().column("doc").from(Order.table)
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("customer_id", .in, Self.group(customerIDs.map { SQLBind($0.uuidString) }))
            .all().map { try documents.decode(Order.self, from: $0) }
    }

    func customerEvents(customerIDs: [UUID], workspaceID: UUID, names: [String]) async throws -> [CustomerEvent] {
        guard !customerIDs.isEmpty, !names.isEmpty else { return [] }
        return try await documents.database.select().column("doc").from(CustomerEvent.table)
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("customer_id", .in, Self.group(customerIDs.map { SQLBind($0.uuidString) }))
            .where("name", .in, Self.group(names.map { SQLBind($0) }))
            .orderBy("occurred_at").orderBy("id")
            .all().map { try documents.decode(CustomerEvent.self, from: $0) }
    }
}
