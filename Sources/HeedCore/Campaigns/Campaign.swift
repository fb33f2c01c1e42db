import Foundation

/// A proactive outreach (personalisation level 4): who it is for (``audience``), when each of them gets it
/// (``trigger``), what it says (a template per language) and how it reaches them (``channel``), within a
/// frequency cap and outside quiet hours. A customer gets one campaign's message at most once.
public struct Campaign: Sendable, Codable, Hashable, Identifiable {
    /// Why the workspace sends it, which decides whose consent it needs.
    public enum Purpose: String, Sendable, Codable, Hashable, CaseIterable {
        /// Offers and reminders: only to customers with marketing consent.
        case marketing
        /// Service messages about the customer's own orders or account (a warranty ending, an unusual login): to
        /// every customer in the audience.
        case transactional
    }

    /// Where the campaign is in its life.
    public enum Status: String, Sendable, Codable, Hashable, CaseIterable {
        /// Being written: never evaluated.
        case draft
        /// Evaluated by the cluster's campaign job.
        case active
        /// Stopped for now; messages already queued stay queued.
        case paused
    }

    /// How the message reaches the customer.
    public enum Channel: String, Sendable, Codable, Hashable, CaseIterable {
        /// Shown in the chat widget on the customer's next visit.
        case widget
        /// By e-mail (not available yet: creating such a campaign is refused).
        case email
    }

    public var id: UUID
    public var workspaceID: UUID
    public var name: String
    public var purpose: Purpose
    public var status: Status
    /// Every condition must hold (an empty audience is every customer).
    public var audience: [AudienceCondition]
    public var trigger: CampaignTrigger
    /// The message, per language, with placeholders (see ``CampaignFacts/placeholderValues``).
    public var message: MessageTemplate
    public var channel: Channel
    /// At most this many campaign messages per customer in a period, all campaigns together; nil: no cap.
    public var frequencyCap: FrequencyCap?
    /// When nothing is sent, in the workspace's time zone; nil: any time.
    public var quietHours: QuietHours?
    /// When it was last activated; events before it never trigger it.
    public var activatedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, name: String, purpose: Purpose, status: Status = .draft,
        audience: [AudienceCondition] = [], trigger: CampaignTrigger, message: MessageTemplate,
        channel: Channel = .widget, frequencyCap: FrequencyCap? = nil, quietHours: QuietHours? = nil,
        activatedAt: Date? = nil, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.purpose = purpose
        self.status = status
        self.audience = audience
        self.trigger = trigger
        self.message = message
        self.channel = channel
        self.frequencyCap = frequencyCap
        self.quietHours = quietHours
        self.activatedAt = activatedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, purpose, status, audience, trigger, message, channel
        case workspaceID = "workspace_id"
        case frequencyCap = "frequency_cap"
        case quietHours = "quiet_hours"
        case activatedAt = "activated_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Whether `customer`'s consent allows this campaign: marketing needs marketing consent, transactional
    /// messages need none.
    public func isAllowed(for customer: Customer) -> Bool {
        purpose == .transactional || customer.consent.marketing
    }
}

/// At most ``maxMessages`` campaign messages per customer in any ``perDays`` days.
public struct FrequencyCap: Sendable, Codable, Hashable {
    public var maxMessages: Int
    public var perDays: Int

    public init(maxMessages: Int, perDays: Int) {
        self.maxMessages = maxMessages
        self.perDays = perDays
    }

    enum CodingKeys: String, CodingKey {
        case maxMessages = "max_messages"
        case perDays = "per_days"
    }

    /// The period the cap counts over.
    public var period: TimeInterval { TimeInterval(perDays) * 86_400 }
}
