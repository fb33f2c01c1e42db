/// Hard limits on how far the AI goes on its own in one conversation; past them it hands off (`policy_limit`).
public struct PolicyLimits: Sendable, Codable, Hashable {
    /// The AI's replies (answers and clarifying questions) allowed in a conversation since a human last had it;
    /// the customer's next message goes to a human.
    public var maxAIReplies: Int

    /// The allowed range of ``maxAIReplies``.
    public static let maxAIRepliesRange = 1...100

    public init(maxAIReplies: Int = 10) {
        self.maxAIReplies = maxAIReplies
    }

    enum CodingKeys: String, CodingKey {
        case maxAIReplies = "max_ai_replies"
    }

    /// Decodes limits; missing keys keep their defaults, so stored policies without limits still load.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxAIReplies = try c.decodeIfPresent(Int.self, forKey: .maxAIReplies) ?? PolicyLimits().maxAIReplies
    }

    /// Why a turn is past the limits, in words for the agent (nil when it is within them).
    public func breach(aiRepliesSinceHuman: Int) -> String? {
        guard aiRepliesSinceHuman >= maxAIReplies else { return nil }
        return "The AI already replied \(aiRepliesSinceHuman) times in this conversation; the policy allows \(maxAIReplies)."
    }
}
