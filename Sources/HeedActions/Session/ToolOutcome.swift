import Foundation
import HeedCore

/// A tool's result text, as the model or agent reads it.
public struct ToolResult: Sendable, Hashable {
    public var text: String
    /// Whether the call failed (the text then starts with `Error: `).
    public var isError: Bool

    public init(text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    static func failure(_ failure: ToolFailure) -> ToolResult {
        ToolResult(text: failure.description, isError: true)
    }
}

/// A write that waits for the customer's explicit yes.
public struct ConfirmationRequest: Sendable, Hashable {
    /// Pass this back with the same call to carry the change out.
    public var token: String
    public var toolName: String
    public var arguments: JSONValue
    /// What will change, one line each.
    public var summary: [String]

    /// The request as a tool result a model can read: what will change and that a yes is needed.
    public var text: String {
        (["Confirmation needed: ask the customer for an explicit yes before this change is made."]
            + summary.map { "- \($0)" }).joined(separator: "\n")
    }
}

/// What a call to a ``ToolSession`` came to.
public enum ToolOutcome: Sendable, Hashable {
    /// The tool ran (or failed): here is its result.
    case completed(ToolResult)
    /// A write needs the customer's confirmation first; nothing changed yet.
    case confirmationNeeded(ConfirmationRequest)

    /// The result text (for a confirmation, the question).
    public var text: String {
        switch self {
        case .completed(let result): result.text
        case .confirmationNeeded(let request): request.text
        }
    }

    /// Whether the outcome is an error result.
    public var isError: Bool {
        if case .completed(let result) = self { return result.isError }
        return false
    }
}
