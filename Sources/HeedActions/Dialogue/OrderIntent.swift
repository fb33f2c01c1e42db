import Foundation

/// What a customer asks the order dialogue to do with one of their orders.
public enum OrderIntent: String, Sendable, Codable, Hashable, CaseIterable {
    /// Where the order is: its status, shipments and tracking numbers.
    case status
    /// Cancel a pending order.
    case cancel
    /// Return delivered items.
    case returnItems = "return"
    /// Ship a pending order to another address.
    case changeAddress = "change_address"
    /// Whether the order's items are still under warranty.
    case warranty

    /// The intent's name on the AI's reply, e.g. `order_status`.
    public var annotation: String { "order_\(rawValue)" }

    /// The knowledge-base topics (article tags) a general question of this intent is about: "can I still send it
    /// back?" is a returns question before it is a request on an order.
    public var knowledgeTopics: [String] {
        switch self {
        case .status: ["tracking", "order_status", "order_tracking", "delivery", "shipping"]
        case .cancel: ["cancel", "cancellation"]
        case .returnItems: ["returns", "return", "returns_refunds", "refund", "exchange"]
        case .changeAddress: ["address", "change_address"]
        case .warranty: ["warranty", "repair"]
        }
    }

    /// Whether the intent changes the order (and so needs the customer's explicit yes).
    public var isWrite: Bool { self == .cancel || self == .returnItems || self == .changeAddress }
}
