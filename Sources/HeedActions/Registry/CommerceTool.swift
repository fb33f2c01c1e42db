import Foundation
import HeedCore

/// A tool: its definition, and how it works out what a call means against the conversation's data. Tools never
/// write themselves: a write tool plans a change (the records as they will be, and a summary for the customer),
/// and the ``ToolSession`` persists it once the customer confirmed, after re-planning on fresh data.
public protocol CommerceTool: Sendable {
    var definition: ToolDefinition { get }

    /// What the call means; throws ``ToolFailure`` when it cannot be done.
    func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan
}

/// What a tool call comes to.
public enum ToolPlan: Sendable {
    /// A read: the result text.
    case answer(String)
    /// An identity lookup found this customer; the result text is their id.
    case identified(Customer, answer: String)
    /// A write: what will change.
    case change(PlannedChange)
}

/// The records a write will store and what the customer is told about it.
public struct PlannedChange: Sendable {
    /// Orders as they will be after the write.
    public var orders: [Order]
    /// Customers as they will be after the write.
    public var customers: [Customer]
    /// One line per change, for the confirmation question ("Order #W1 will be cancelled…").
    public var summary: [String]
    /// The result text once the change is made.
    public var result: String

    public init(orders: [Order] = [], customers: [Customer] = [], summary: [String], result: String) {
        self.orders = orders
        self.customers = customers
        self.summary = summary
        self.result = result
    }
}
