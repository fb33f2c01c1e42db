import Foundation
import HeedCore

/// A tool that works outside Heed's store (a workspace's own HTTP backend). The ``ToolSession`` applies the same
/// policy as for the built-in tools (identify first, confirmation before a write, the audit), then calls
/// ``perform(_:context:)`` outside any store transaction.
public protocol ExternalTool: CommerceTool {
    /// What the call will do, one line each, for the customer's confirmation of a write.
    func summary(of arguments: ToolArguments) -> [String]

    /// Carries the call out; throws ``ToolFailure`` with a reason the model can read.
    func perform(_ arguments: ToolArguments, context: ExternalToolContext) async throws -> ExternalToolResult
}

extension ExternalTool {
    /// External tools never plan store changes.
    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        throw ToolFailure("the tool '\(definition.name)' runs on its own backend")
    }
}

/// Whom an external call is made for: the conversation and its verified customer.
public struct ExternalToolContext: Sendable, Hashable {
    public var conversationID: UUID?
    /// The verified customer, nil before the conversation has one.
    public var customer: Customer?

    public init(conversationID: UUID?, customer: Customer?) {
        self.conversationID = conversationID
        self.customer = customer
    }
}

/// What an external call came to: the result text, and the facts the audit keeps.
public struct ExternalToolResult: Sendable, Hashable {
    public var text: String
    /// The backend's HTTP status.
    public var status: Int
    /// How many bytes the backend answered with.
    public var bytes: Int

    public init(text: String, status: Int, bytes: Int) {
        self.text = text
        self.status = status
        self.bytes = bytes
    }
}
