/// What a breakdown groups conversations by.
public enum ReportDimension: String, Sendable, Codable, Hashable, CaseIterable {
    /// The team the conversation is with (its id).
    case team
    /// The agent who last had it: the last assigned or replying agent (their id).
    case agent
    case channel
    /// The language of the conversation's last message with a language.
    case language
    /// The first intent the AI answered that is not small talk (else the first one).
    case intent
    case priority
    /// The customer's tier when the conversation was opened.
    case customerTier = "customer_tier"
}
