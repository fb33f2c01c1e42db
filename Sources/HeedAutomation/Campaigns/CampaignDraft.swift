import Foundation
import HeedCore

/// A campaign as an admin sends it: a new one (name, purpose, trigger and message required) or changes to one
/// (absent fields stay; `frequency_cap: null` or `quiet_hours: null` removes them). Status changes go through
/// activate and pause.
public struct CampaignDraft: Decodable, Sendable {
    public var name: String?
    public var purpose: Campaign.Purpose?
    public var audience: [AudienceCondition]?
    public var trigger: CampaignTrigger?
    public var message: MessageTemplate?
    public var channel: Campaign.Channel?
    public var frequencyCap: PatchField<FrequencyCap>
    public var quietHours: PatchField<QuietHours>

    enum CodingKeys: String, CodingKey {
        case name, purpose, audience, trigger, message, channel
        case frequencyCap = "frequency_cap"
        case quietHours = "quiet_hours"
    }

    public init(
        name: String? = nil, purpose: Campaign.Purpose? = nil, audience: [AudienceCondition]? = nil,
        trigger: CampaignTrigger? = nil, message: MessageTemplate? = nil, channel: Campaign.Channel? = nil,
        frequencyCap: PatchField<FrequencyCap> = .absent, quietHours: PatchField<QuietHours> = .absent
    ) {
        self.name = name
        self.purpose = purpose
        self.audience = audience
        self.trigger = trigger
        self.message = message
        self.channel = channel
        self.frequencyCap = frequencyCap
        self.quietHours = quietHours
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        purpose = try c.decodeIfPresent(Campaign.Purpose.self, forKey: .purpose)
        audience = try c.decodeIfPresent([AudienceCondition].self, forKey: .audience)
        trigger = try c.decodeIfPresent(CampaignTrigger.self, forKey: .trigger)
        message = try c.decodeIfPresent(MessageTemplate.self, forKey: .message)
        channel = try c.decodeIfPresent(Campaign.Channel.self, forKey: .channel)
        frequencyCap = try c.decodePatch(FrequencyCap.self, forKey: .frequencyCap)
        quietHours = try c.decodePatch(QuietHours.self, forKey: .quietHours)
    }

    /// The draft's fields applied to `campaign`.
    func applied(to campaign: Campaign) -> Campaign {
        var campaign = campaign
        if let name { campaign.name = name }
        if let purpose { campaign.purpose = purpose }
        if let audience { campaign.audience = audience }
        if let trigger { campaign.trigger = trigger }
        if let message { campaign.message = message }
        if let channel { campaign.channel = channel }
        switch frequencyCap {
        case .absent: break
        case .null: campaign.frequencyCap = nil
        case .value(let cap): campaign.frequencyCap = cap
        }
        switch quietHours {
        case .absent: break
        case .null: campaign.quietHours = nil
        case .value(let hours): campaign.quietHours = hours
        }
        return campaign
    }
}
