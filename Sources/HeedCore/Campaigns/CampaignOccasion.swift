import Foundation

/// Why a campaign's trigger fires for one customer now — the order, date or event it is about — and the
/// placeholder values that come with it (`order.number`, `order.warranty_until`, `event.country`…).
public struct CampaignOccasion: Sendable, Hashable {
    /// For people: what fired it ("order.warranty_until 2027-01-10 of order 1042").
    public var reason: String
    public var values: [String: String]

    public init(reason: String, values: [String: String] = [:]) {
        self.reason = reason
        self.values = values
    }
}

extension CampaignFacts {
    /// Why `campaign`'s trigger fires for this customer now, nil when it does not.
    public func occasion(for campaign: Campaign) -> CampaignOccasion? {
        switch campaign.trigger {
        case .dateRelative(let field, let offsetDays, let windowDays):
            dateOccasion(field: field, offsetDays: offsetDays, windowDays: windowDays)
        case .event(let name, let newValueOf):
            eventOccasion(name: name, newValueOf: newValueOf, since: campaign.activatedAt ?? campaign.createdAt)
        case .churnRiskAbove(let threshold):
            churnScore.flatMap { $0 >= threshold ? CampaignOccasion(reason: "churn_risk.score \($0)", values: ["churn_risk.score": String($0)]) : nil }
        case .schedule(let at):
            now >= at ? CampaignOccasion(reason: "scheduled for \(Timestamp.format(at))") : nil
        }
    }

    func dateOccasion(field: String, offsetDays: Int, windowDays: Int?) -> CampaignOccasion? {
        let fires = { (date: Date) in
            CampaignTrigger.window(around: date, offsetDays: offsetDays, windowDays: windowDays).contains(now)
        }
        if let name = field.hasPrefix("customer.attributes.") ? String(field.dropFirst("customer.attributes.".count)) : nil {
            guard let text = customer.attributes[name]?.stringValue, let date = Self.date(text), fires(date) else { return nil }
            return CampaignOccasion(reason: "\(field) \(Self.day(date))", values: [field: Self.day(date)])
        }
        let dated = orders.compactMap { order -> (Order, Date)? in
            let date = field == "order.warranty_until" ? order.warrantyUntil : field == "order.placed_at" ? order.placedAt : nil
            return date.map { (order, $0) }
        }
        guard let (order, date) = dated.sorted(by: { $0.1 < $1.1 }).first(where: { fires($0.1) }) else { return nil }
        var values = ["order.number": order.number, field: Self.day(date)]
        values["order.items"] = order.items.map(\.name).joined(separator: ", ")
        return CampaignOccasion(reason: "\(field) \(Self.day(date)) of order \(order.number)", values: values)
    }

    func eventOccasion(name: String, newValueOf property: String?, since: Date) -> CampaignOccasion? {
        let named = events.filter { $0.name == name && $0.occurredAt <= now }
        for (index, event) in named.enumerated() where event.occurredAt >= since {
            var values: [String: String] = [:]
            for (key, value) in event.properties { values["event.\(key)"] = Self.text(value) }
            guard let property else { return CampaignOccasion(reason: "\(name) at \(Timestamp.format(event.occurredAt))", values: values) }
            guard let value = event.text(property) else { continue }
            let seen = named[..<index].contains { $0.text(property)?.caseInsensitiveCompare(value) == .orderedSame }
            if !seen {
                return CampaignOccasion(reason: "\(name) with a new \(property) \(value) at \(Timestamp.format(event.occurredAt))", values: values)
            }
        }
        return nil
    }

    /// The placeholder values of the campaign's message for this customer and occasion.
    public func placeholderValues(_ occasion: CampaignOccasion) -> [String: String] {
        var values = occasion.values
        values["customer.name"] = customer.name
        values["customer.first_name"] = customer.givenName ?? customer.name?.split(separator: " ").first.map(String.init)
        values["customer.email"] = customer.email
        for (name, value) in customer.attributes {
            values["customer.attributes.\(name)"] = Self.text(value)
        }
        return values
    }

    /// A scalar as a placeholder writes it: whole numbers without a fraction, true/false; nil for the rest.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): String(flag)
        case .null, .array, .object: nil
        }
    }

    /// An ISO 8601 date-time or a plain `yyyy-MM-dd` day.
    static func date(_ text: String) -> Date? {
        Timestamp.parse(text) ?? Timestamp.parse(text + "T00:00:00Z")
    }

    /// `yyyy-MM-dd` in UTC.
    static func day(_ date: Date) -> String { String(Timestamp.format(date).prefix(10)) }
}
