import Foundation

/// One customer's message of one campaign: sent (queued for the channel) when the campaign job decided it,
/// opened when the widget showed it, replied when the customer answered it, opted out when they asked for no
/// more marketing. The database keeps one per campaign and customer, so two nodes can never both send it.
public struct CampaignDelivery: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var campaignID: UUID
    public var customerID: UUID
    public var purpose: Campaign.Purpose
    public var channel: Campaign.Channel
    /// The language of the text.
    public var language: String?
    public var text: String
    /// What fired the trigger (see ``CampaignOccasion/reason``).
    public var reason: String
    /// When it was sent.
    public var createdAt: Date
    public var openedAt: Date?
    public var repliedAt: Date?
    public var optedOutAt: Date?

    public init(
        id: UUID = UUID(), workspaceID: UUID, campaignID: UUID, customerID: UUID, purpose: Campaign.Purpose,
        channel: Campaign.Channel, language: String?, text: String, reason: String, createdAt: Date,
        openedAt: Date? = nil, repliedAt: Date? = nil, optedOutAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.campaignID = campaignID
        self.customerID = customerID
        self.purpose = purpose
        self.channel = channel
        self.language = language
        self.text = text
        self.reason = reason
        self.createdAt = createdAt
        self.openedAt = openedAt
        self.repliedAt = repliedAt
        self.optedOutAt = optedOutAt
    }

    enum CodingKeys: String, CodingKey {
        case id, purpose, channel, language, text, reason
        case workspaceID = "workspace_id"
        case campaignID = "campaign_id"
        case customerID = "customer_id"
        case createdAt = "created_at"
        case openedAt = "opened_at"
        case repliedAt = "replied_at"
        case optedOutAt = "opted_out_at"
    }
}

/// How a campaign did: messages sent, opened (shown in the widget), replied to, and opt-outs they led to.
public struct CampaignReport: Sendable, Codable, Hashable {
    public var campaignID: UUID
    public var sent: Int
    public var opened: Int
    public var replied: Int
    public var optedOut: Int

    public init(campaignID: UUID, sent: Int, opened: Int, replied: Int, optedOut: Int) {
        self.campaignID = campaignID
        self.sent = sent
        self.opened = opened
        self.replied = replied
        self.optedOut = optedOut
    }

    enum CodingKeys: String, CodingKey {
        case sent, opened, replied
        case campaignID = "campaign_id"
        case optedOut = "opted_out"
    }
}
