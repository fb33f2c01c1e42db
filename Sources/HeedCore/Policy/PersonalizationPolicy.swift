/// Which of what Heed knows about a customer its AI replies may use, level by level; each switch turns its level
/// off for the whole workspace. Nothing here stores anything: a level only reads what is already there.
public struct PersonalizationPolicy: Sendable, Codable, Hashable {
    /// Level 5: the reply's tone follows the customer's emotion in this conversation (calm and brief when angry,
    /// step by step when confused, an apology only when unhappy). Off: every reply uses the neutral tone.
    public var emotion: Bool
    /// Memory: when a conversation is resolved, Heed writes short notes about the customer (preferences, what was
    /// promised, a problem left open). Off: no notes are written automatically (agents may still add them).
    public var memory: Bool

    /// Every level on.
    public init(emotion: Bool = true, memory: Bool = true) {
        self.emotion = emotion
        self.memory = memory
    }

    enum CodingKeys: String, CodingKey {
        case emotion, memory
    }

    /// Decodes the switches; a switch not given is on.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        emotion = try c.decodeIfPresent(Bool.self, forKey: .emotion) ?? true
        memory = try c.decodeIfPresent(Bool.self, forKey: .memory) ?? true
    }
}
