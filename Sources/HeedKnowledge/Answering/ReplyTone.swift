/// How a reply is worded for the customer's state in this conversation (the conversation layer decides it from the
/// emotion signals; nothing about it is kept beyond the conversation).
public enum ReplyTone: String, Sendable, Codable, Hashable, CaseIterable {
    /// A plain question: greeting, answer, source, offer of a human — no apology.
    case neutral
    /// The customer is unhappy (negative, not angry): a short apology opens the reply.
    case empathetic
    /// The customer is angry: a calm one-line acknowledgement, the answer kept brief, a person offered at once.
    case calm
    /// The customer is confused: the answer laid out as numbered steps, and an invitation to say which step fails.
    case stepByStep = "step_by_step"

    /// The tone the sentiment alone suggests (for callers that know nothing finer): an apology only when negative.
    public static func fromSentiment(_ sentiment: CustomerSentiment) -> ReplyTone {
        sentiment == .negative ? .empathetic : .neutral
    }

    /// At most this many sentences of the knowledge are quoted in this tone (nil: the engine's own limit).
    var sentenceLimit: Int? { self == .calm ? 2 : nil }
}
