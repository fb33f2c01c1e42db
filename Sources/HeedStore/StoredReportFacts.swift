import Foundation

/// A conversation's reporting facts as stored: what the reports derived from its events, kept so that a report
/// reads one row per conversation instead of all its events. The store does not read the facts (they are text that
/// HeedInsights writes and reads); it only keeps them in step with the events: every new event of the conversation
/// raises ``version`` and clears ``facts`` in the event's own transaction.
public struct StoredReportFacts: Sendable, Hashable {
    public var conversationID: UUID
    public var conversationCreatedAt: Date
    /// Raised by each new event of the conversation; facts are saved only for the version they were derived at.
    public var version: Int64
    /// The derived facts, nil while stale.
    public var facts: String?

    public init(conversationID: UUID, conversationCreatedAt: Date, version: Int64, facts: String?) {
        self.conversationID = conversationID
        self.conversationCreatedAt = conversationCreatedAt
        self.version = version
        self.facts = facts
    }
}
