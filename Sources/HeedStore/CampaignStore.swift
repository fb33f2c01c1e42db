import Foundation
import HeedCore

/// Reads of campaigns, their messages (deliveries) and the batches of customer data the campaign job looks at.
/// Every lookup names the workspace.
public protocol CampaignReader: Sendable {
    func campaign(id: UUID, workspaceID: UUID) async throws -> Campaign?
    /// The workspace's campaigns, newest first, a page at a time.
    func campaigns(workspaceID: UUID, page: PageRequest) async throws -> Page<Campaign>
    /// The workspace's active campaigns, oldest first (at most ``CampaignLimits/maxCampaigns``).
    func activeCampaigns(workspaceID: UUID) async throws -> [Campaign]
    func campaignDelivery(id: UUID, workspaceID: UUID) async throws -> CampaignDelivery?
    /// A campaign's messages, newest first, a page at a time.
    func campaignDeliveries(campaignID: UUID, workspaceID: UUID, page: PageRequest) async throws -> Page<CampaignDelivery>
    /// The messages of any campaign sent to these customers at or after `since`.
    func campaignDeliveries(customerIDs: [UUID], workspaceID: UUID, since: Date) async throws -> [CampaignDelivery]
    /// Whether customers already have a message of these campaigns: (campaign id, customer id) pairs.
    func campaignRecipients(campaignIDs: [UUID], customerIDs: [UUID], workspaceID: UUID) async throws -> Set<CampaignRecipient>
    /// A customer's widget messages not shown yet, oldest first.
    func unopenedCampaignDeliveries(customerID: UUID, workspaceID: UUID, limit: Int) async throws -> [CampaignDelivery]
    /// Sent, opened, replied and opted-out counts of one campaign.
    func campaignReport(campaignID: UUID, workspaceID: UUID) async throws -> CampaignReport
    /// The orders of these customers.
    func orders(customerIDs: [UUID], workspaceID: UUID) async throws -> [Order]
    /// The behaviour events called one of `names` of these customers, oldest first.
    func customerEvents(customerIDs: [UUID], workspaceID: UUID, names: [String]) async throws -> [CustomerEvent]
}

/// Writes of campaigns and their messages, inside ``SupportStore/write(_:)``'s transaction.
public protocol CampaignWriter: CampaignReader {
    func insert(_ campaign: Campaign) async throws
    func update(_ campaign: Campaign) async throws
    /// Deletes the campaign and its messages; throws `notFound` when it is not there.
    func deleteCampaign(id: UUID, workspaceID: UUID) async throws
    /// Stores the message unless the customer has one of this campaign already (a unique key, so concurrent
    /// senders on several nodes store one); true when it was stored.
    func insertIfNew(_ delivery: CampaignDelivery) async throws -> Bool
    func update(_ delivery: CampaignDelivery) async throws
    /// Locks the customer's row to the end of the transaction (PostgreSQL; SQLite has one writer anyway), so
    /// senders of different campaigns to one customer count the frequency cap one after the other.
    func lockCustomer(id: UUID, workspaceID: UUID) async throws -> Customer?
}

/// One customer who has a campaign's message.
public struct CampaignRecipient: Sendable, Hashable {
    public let campaignID: UUID
    public let customerID: UUID

    public init(campaignID: UUID, customerID: UUID) {
        self.campaignID = campaignID
        self.customerID = customerID
    }
}

/// How many campaigns a workspace may keep.
public enum CampaignLimits {
    public static let maxCampaigns = 200
}
