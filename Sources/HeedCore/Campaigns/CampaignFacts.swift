import Foundation

/// What a campaign's audience, trigger and message read about one customer when the campaign job looks at them:
/// the record, their orders, their behaviour events (those the workspace's campaigns name) and, when a campaign
/// needs it, their churn risk score.
public struct CampaignFacts: Sendable {
    public var customer: Customer
    public var orders: [Order]
    /// Oldest first.
    public var events: [CustomerEvent]
    public var churnScore: Double?
    public var now: Date

    public init(customer: Customer, orders: [Order] = [], events: [CustomerEvent] = [], churnScore: Double? = nil, now: Date) {
        self.customer = customer
        self.orders = orders
        self.events = events.sorted { ($0.occurredAt, $0.id.uuidString) < ($1.occurredAt, $1.id.uuidString) }
        self.churnScore = churnScore
        self.now = now
    }

    /// How far back `events.<name>.count` counts.
    public static let eventCountPeriod: TimeInterval = 30 * 86_400

    /// The customer's value of an audience condition's field, nil when they have none.
    public func value(of condition: AudienceCondition) -> JSONValue? {
        if let name = condition.attributeName { return customer.attributes[name] }
        if let name = condition.eventName {
            let since = now.addingTimeInterval(-Self.eventCountPeriod)
            return .number(Double(events.filter { $0.name == name && $0.occurredAt >= since }.count))
        }
        switch condition.field {
        case "customer.tier": return .string(customer.tier.rawValue)
        case "customer.language": return customer.preferredLanguage.map(JSONValue.string)
        case "customer.country": return customer.address.map { .string($0.country) }
        case "orders.count": return .number(Double(orders.count))
        case "churn_risk.score": return churnScore.map(JSONValue.number)
        default: return nil
        }
    }

    /// Whether every condition holds.
    public func matches(_ audience: [AudienceCondition]) -> Bool {
        audience.allSatisfy { $0.matches(value(of: $0)) }
    }
}
