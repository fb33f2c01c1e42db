import Foundation
import HeedCore
import SQLKit

extension Campaign: StoredRecord {
    static let table = "campaigns"
    static let displayName = "Campaign"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("status", .text(status.rawValue))] }
}

extension CampaignDelivery: StoredRecord {
    static let table = "campaign_deliveries"
    static let displayName = "Campaign message"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [
            ("campaign_id", .text(campaignID.uuidString)), ("customer_id", .text(customerID.uuidString)),
            ("channel", .text(channel.rawValue)), ("opened_at", .integer(openedAt.map(Timestamp.microseconds))),
            ("replied_at", .integer(repliedAt.map(Timestamp.microseconds))),
            ("opted_out_at", .integer(optedOutAt.map(Timestamp.microseconds))),
        ]
    }
}

extension SQLStoreSession {
    func campaign(id: UUID, workspaceID: UUID) async throws -> Campaign? {
        try await documents.fetch(Campaign.self, id: id, workspaceID: workspaceID)
    }

    func campaigns(workspaceID: UUID, page: PageRequest) async throws -> Page<Campaign> {
        try await documents.list(Campaign.self, workspaceID: workspaceID, where: [], page: page)
    }

    func activeCampaigns(workspaceID: UUID) async throws -> [Campaign] {
        try await documents.fetchAll(
            Campaign.self, workspaceID: workspaceID, where: [("status", .text(Campaign.Status.active.rawValue))],
            limit: CampaignLimits.maxCampaigns)
    }

    func insert(_ campaign: Campaign) async throws { try await documents.insert(campaign) }

    func update(_ campaign: Campaign) async throws { try await documents.update(campaign) }

    func deleteCampaign(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Campaign.self, id: id, workspaceID: workspaceID)
    }

    func campaignDelivery(id: UUID, workspaceID: UUID) async throws -> CampaignDelivery? {
        try await documents.fetch(CampaignDelivery.self, id: id, workspaceID: workspaceID)
    }

    func campaignDeliveries(campaignID: UUID, workspaceID: UUID, page: PageRequest) async throws -> Page<CampaignDelivery> {
        try await documents.list(
            CampaignDelivery.self, workspaceID: workspaceID, where: [("campaign_id", .text(campaignID.uuidString))],
            page: page)
    }

    func unopenedCampaignDeliveries(customerID: UUID, workspaceID: UUID, limit: Int) async throws -> [CampaignDelivery] {
        try await documents.fetchAll(
            CampaignDelivery.self, workspaceID: workspaceID,
            where: [
                ("customer_id", .text(customerID.uuidString)), ("channel", .text(Campaign.Channel.widget.rawValue)),
                ("opened_at", .integer(nil)),
            ], limit: limit)
    }

    func insertIfNew(_ delivery: CampaignDelivery) async throws -> Bool {
        let rows = try await documents.database.raw(
            """
            INSERT INTO campaign_deliveries (id, workspace_id, campaign_id, customer_id, channel, created_at, doc)
            VALUES (\(bind: delivery.id.uuidString), \(bind: delivery.workspaceID.uuidString),
                \(bind: delivery.campaignID.uuidString), \(bind: delivery.customerID.uuidString),
                \(bind: delivery.channel.rawValue), \(bind: Timestamp.microseconds(delivery.createdAt)),
                \(bind: try documents.encode(delivery)))
            ON CONFLICT (campaign_id, customer_id) DO NOTHING RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    func update(_ delivery: CampaignDelivery) async throws { try await documents.update(delivery) }

    func lockCustomer(id: UUID, workspaceID: UUID) async throws -> Customer? {
        var query = documents.database.select().column("doc").from(Customer.table)
            .where("id", .equal, SQLBind(id.uuidString)).where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
        if documents.dialect == .postgres { query = query.lockingClause(SQLLockingClause.update) }
        guard let row = try await query.first() else { return nil }
        return try documents.decode(Customer.self, from: row)
    }

    func campaignReport(campaignID: UUID, workspaceID: UUID) async throws -> CampaignReport {
        let row = try await documents.database.raw(
            """
            SELECT COUNT(*) AS sent, COUNT(opened_at) AS opened, COUNT(replied_at) AS replied,
                COUNT(opted_out_at) AS opted_out
            FROM campaign_deliveries
            WHERE workspace_id = \(bind: workspaceID.uuidString) AND campaign_id = \(bind: campaignID.uuidString)
            """
        ).first()
        let count = { (column: String) in Int(try row?.decode(column: column, as: Int64.self) ?? 0) }
        return CampaignReport(
            campaignID: campaignID, sent: try count("sent"), opened: try count("opened"), replied: try count("replied"),
            optedOut: try count("opted_out"))
    }
}
