import Foundation

/// When a customer of a campaign's audience gets its message.
public enum CampaignTrigger: Sendable, Hashable {
    /// A date of the customer's relative to now: from `offsetDays` after the date (negative: before it) for
    /// `windowDays` days — by default up to the date itself for a negative offset ("30 days before
    /// `warranty_until`"), else one day. `field` is `order.warranty_until`, `order.placed_at` (any of the
    /// customer's orders) or `customer.attributes.<name>` (an ISO 8601 date).
    case dateRelative(field: String, offsetDays: Int, windowDays: Int?)
    /// A behaviour event named `name` after the campaign was activated; with `newValueOf`, only one whose
    /// property of that name has a value none of the customer's earlier such events had ("a login from a new
    /// country": `login`, `country`).
    case event(name: String, newValueOf: String?)
    /// The customer's churn risk score at or above `above` (0…1).
    case churnRiskAbove(Double)
    /// Every customer of the audience, from `at` on.
    case schedule(at: Date)

    /// The wire name of each kind (`type` in JSON).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case dateRelative = "date_relative"
        case event
        case churnRisk = "churn_risk"
        case schedule
    }

    public var kind: Kind {
        switch self {
        case .dateRelative: .dateRelative
        case .event: .event
        case .churnRiskAbove: .churnRisk
        case .schedule: .schedule
        }
    }

    /// The date fields ``dateRelative(field:offsetDays:windowDays:)`` takes besides customer attributes.
    public static let orderDateFields = ["order.warranty_until", "order.placed_at"]

    /// The period, around `date`, in which a date-relative trigger fires.
    public static func window(around date: Date, offsetDays: Int, windowDays: Int?) -> Range<Date> {
        let start = date.addingTimeInterval(TimeInterval(offsetDays) * 86_400)
        let days = windowDays ?? (offsetDays < 0 ? -offsetDays : 1)
        return start..<start.addingTimeInterval(TimeInterval(max(days, 1)) * 86_400)
    }
}

extension CampaignTrigger: Codable {
    enum CodingKeys: String, CodingKey {
        case type, field, name, above, at
        case offsetDays = "offset_days"
        case windowDays = "window_days"
        case newValueOf = "new_value_of"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .type) {
        case .dateRelative:
            self = .dateRelative(
                field: try c.decode(String.self, forKey: .field), offsetDays: try c.decode(Int.self, forKey: .offsetDays),
                windowDays: try c.decodeIfPresent(Int.self, forKey: .windowDays))
        case .event:
            self = .event(
                name: try c.decode(String.self, forKey: .name),
                newValueOf: try c.decodeIfPresent(String.self, forKey: .newValueOf))
        case .churnRisk: self = .churnRiskAbove(try c.decode(Double.self, forKey: .above))
        case .schedule: self = .schedule(at: try c.decode(Date.self, forKey: .at))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .type)
        switch self {
        case .dateRelative(let field, let offsetDays, let windowDays):
            try c.encode(field, forKey: .field)
            try c.encode(offsetDays, forKey: .offsetDays)
            try c.encodeIfPresent(windowDays, forKey: .windowDays)
        case .event(let name, let newValueOf):
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(newValueOf, forKey: .newValueOf)
        case .churnRiskAbove(let above): try c.encode(above, forKey: .above)
        case .schedule(let at): try c.encode(at, forKey: .at)
        }
    }
}
