/// What the AI does with a customer's turn.
public enum TurnDecision: Sendable, Hashable {
    /// Answer from the knowledge base.
    case answer
    /// Ask one clarifying question between the close candidates.
    case clarify(candidates: [String])
    /// Hand the conversation to a human.
    case handoff(HandoffReason)

    /// The decision without its details, as stored on the AI's message and shown in the API.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case answer
        case clarify
        case handoff
    }

    /// This decision's kind.
    public var kind: Kind {
        switch self {
        case .answer: .answer
        case .clarify: .clarify
        case .handoff: .handoff
        }
    }
}
