/// A tool call an AI reply rests on, as shown on the message: which tool ran and what it came to, without the
/// customer's personal data.
public struct ToolCallAnnotation: Sendable, Codable, Hashable {
    /// What the call came to.
    public enum Outcome: String, Sendable, Codable, Hashable {
        /// The tool ran and answered (or changed what it was asked to change).
        case completed
        /// The tool refused or failed; nothing changed.
        case failed
        /// A write waits for the customer's explicit yes; nothing changed yet.
        case confirmationNeeded = "confirmation_needed"
    }

    /// The tool's name, e.g. `get_order_details`.
    public var tool: String
    public var outcome: Outcome
    /// One line on the result, e.g. `order VT-10030: processed, 1 shipment`.
    public var summary: String

    public init(tool: String, outcome: Outcome, summary: String) {
        self.tool = tool
        self.outcome = outcome
        self.summary = summary
    }
}
