import Foundation

/// One test of a campaign's audience on what Heed knows of a customer, e.g. `customer.tier eq vip`,
/// `orders.count gte 1`, `events.cart_abandoned.count gte 1` (last 30 days) or `churn_risk.score gte 0.6`.
public struct AudienceCondition: Sendable, Codable, Hashable {
    /// How the customer's value is compared with ``value``.
    public enum Operator: String, Sendable, Codable, Hashable, CaseIterable {
        case eq, neq, gt, gte, lt, lte
        /// The customer has a value (``value`` is ignored).
        case exists
        /// The customer's value is one of ``value``'s (an array).
        case `in`
    }

    /// `customer.tier`, `customer.language`, `customer.country`, `customer.attributes.<name>`, `orders.count`,
    /// `events.<name>.count` or `churn_risk.score`.
    public var field: String
    public var op: Operator
    public var value: JSONValue?

    public init(field: String, op: Operator, value: JSONValue? = nil) {
        self.field = field
        self.op = op
        self.value = value
    }

    /// The fixed field names (besides `customer.attributes.<name>` and `events.<name>.count`).
    public static let fixedFields = ["customer.tier", "customer.language", "customer.country", "orders.count", "churn_risk.score"]

    /// Whether ``field`` names a known field.
    public var isKnownField: Bool {
        Self.fixedFields.contains(field) || attributeName != nil || eventName != nil
    }

    /// The attribute of `customer.attributes.<name>`.
    public var attributeName: String? {
        let prefix = "customer.attributes."
        guard field.hasPrefix(prefix), field.count > prefix.count else { return nil }
        return String(field.dropFirst(prefix.count))
    }

    /// The event of `events.<name>.count`.
    public var eventName: String? {
        guard field.hasPrefix("events."), field.hasSuffix(".count") else { return nil }
        let name = field.dropFirst("events.".count).dropLast(".count".count)
        return name.isEmpty ? nil : String(name)
    }

    /// Whether `actual` (the customer's value, nil when they have none) passes this test.
    public func matches(_ actual: JSONValue?) -> Bool {
        guard let actual, actual != .null else { return op == .neq }
        switch op {
        case .exists: return true
        case .eq: return Self.equal(actual, value)
        case .neq: return !Self.equal(actual, value)
        case .in: return value?.arrayValue?.contains { Self.equal(actual, $0) } ?? false
        case .gt, .gte, .lt, .lte:
            guard let left = actual.numberValue, let right = value?.numberValue else { return false }
            switch op {
            case .gt: return left > right
            case .gte: return left >= right
            case .lt: return left < right
            default: return left <= right
            }
        }
    }

    /// Texts compare case-insensitively; anything else exactly.
    static func equal(_ left: JSONValue, _ right: JSONValue?) -> Bool {
        if let a = left.stringValue, let b = right?.stringValue { return a.caseInsensitiveCompare(b) == .orderedSame }
        return left == right
    }
}
