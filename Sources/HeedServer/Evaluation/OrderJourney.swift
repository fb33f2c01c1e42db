import Foundation
import HeedCore

/// A scripted order conversation on the demo shop: who writes (a demo customer known by their external id, or an
/// anonymous widget visitor), in which language, each message with the words its reply must hold, and the order
/// status expected at the end.
public struct OrderJourney: Sendable {
    /// One customer message and what its reply must contain (nothing expected: any reply, or none).
    public struct Step: Sendable {
        public let text: String
        public let expected: [String]

        public init(_ text: String, expect expected: [String] = []) {
            self.text = text
            self.expected = expected
        }
    }

    public let name: String
    public let language: String
    /// The demo customer writing, or nil for a new anonymous visitor.
    public let customer: String?
    /// The customer whose data the journey may touch (the writer, or whom the visitor verifies as).
    public let owner: String
    public let steps: [Step]
    /// The order and the status it must have at the end.
    public let finalOrder: (number: String, status: OrderStatus)?

    public init(
        _ name: String, _ language: String, customer: String?, owner: String? = nil, steps: [Step],
        final finalOrder: (String, OrderStatus)? = nil
    ) {
        self.name = name
        self.language = language
        self.customer = customer
        self.owner = owner ?? customer ?? ""
        self.steps = steps
        self.finalOrder = finalOrder.map { (number: $0.0, status: $0.1) }
    }
}

/// What the order journeys came to.
public struct OrderJourneyReport: Sendable, Encodable {
    public var resolved = 0
    public var total = 0
    /// Orders changed by a message that was not an explicit yes (must be 0).
    public var writesWithoutYes = 0
    /// Changes to, or replies quoting, another customer's orders (must be 0).
    public var otherCustomersActions = 0
    /// Resolved / total per language.
    public var byLanguage: [String: [Int]] = [:]
    /// The journeys not resolved, with why.
    public var failures: [String] = []

    enum CodingKeys: String, CodingKey {
        case resolved, total, failures
        case writesWithoutYes = "writes_without_yes"
        case otherCustomersActions = "other_customers_actions"
        case byLanguage = "by_language"
    }
}
