import Foundation

extension Campaign {
    /// At most this many audience conditions, and message texts this long.
    public static let maxConditions = 20
    public static let maxMessageLength = 2000

    /// The campaign, trimmed, when every field is acceptable; else the first problem as an `invalid_field` error
    /// (or `channel_not_available` for e-mail, which is not built yet).
    public func validated() throws -> Campaign {
        var campaign = self
        campaign.name = try Validate.text(name, field: "name", maxLength: 200)
        guard channel == .widget else { throw HeedError.channelNotAvailable(channel.rawValue) }
        guard audience.count <= Self.maxConditions else {
            throw HeedError.invalidField("audience", "has more than \(Self.maxConditions) conditions")
        }
        for (index, condition) in audience.enumerated() where !condition.isKnownField {
            throw HeedError.invalidField("audience[\(index)].field", "is not a known field")
        }
        try Self.check(trigger)
        guard !message.texts.isEmpty, message.texts.values.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw HeedError.invalidField("message", "needs a non-empty text in at least one language")
        }
        guard message.texts.values.allSatisfy({ $0.count <= Self.maxMessageLength }) else {
            throw HeedError.invalidField("message", "is longer than \(Self.maxMessageLength) characters")
        }
        if let cap = frequencyCap, cap.maxMessages < 1 || cap.perDays < 1 {
            throw HeedError.invalidField("frequency_cap", "needs max_messages and per_days of at least 1")
        }
        if let quietHours, !quietHours.isValid {
            throw HeedError.invalidField("quiet_hours", "needs two different times as HH:mm")
        }
        return campaign
    }

    static func check(_ trigger: CampaignTrigger) throws {
        switch trigger {
        case .dateRelative(let field, let offsetDays, let windowDays):
            guard CampaignTrigger.orderDateFields.contains(field)
                || (field.hasPrefix("customer.attributes.") && field.count > "customer.attributes.".count)
            else { throw HeedError.invalidField("trigger.field", "is not a date field") }
            guard abs(offsetDays) <= 3650, (windowDays ?? 1) >= 1 else {
                throw HeedError.invalidField("trigger.offset_days", "must be within ten years, with a window of at least a day")
            }
        case .event(let name, let property):
            _ = try Validate.text(name, field: "trigger.name", maxLength: 100)
            if let property { _ = try Validate.text(property, field: "trigger.new_value_of", maxLength: 100) }
        case .churnRiskAbove(let threshold):
            guard (0...1).contains(threshold) else { throw HeedError.invalidField("trigger.above", "must be between 0 and 1") }
        case .schedule: break
        }
    }
}
