/// Which of what Heed knows about a customer its AI replies may use, level by level; each switch turns its level
/// off for the whole workspace. Nothing here stores anything: a level only reads what is already there.
public struct PersonalizationPolicy: Sendable, Codable, Hashable {
    /// Level 5: the reply's tone follows the customer's emotion in this conversation (calm and brief when angry,
    /// step by step when confused, an apology only when unhappy). Off: every reply uses the neutral tone.
    public var emotion: Bool

    /// Every level on.
    public init(emotion: Bool = true) {
        self.emotion = emotion
    }

    enum CodingKeys: String, CodingKey {
        case emotion
    }

    /// Decodes the switches; a switch not given is on.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        emotion = try c.decodeIfPresent(Bool.self, forKey: .emotion) ?? true
    }
}
