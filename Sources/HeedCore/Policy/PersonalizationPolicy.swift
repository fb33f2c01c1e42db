/// Which of what Heed knows about a customer its AI replies may use, level by level; each switch turns its level
/// off for the whole workspace. Nothing here stores anything: a level only reads what is already there.
public struct PersonalizationPolicy: Sendable, Codable, Hashable {
    /// Level 1: replies use the customer's purchases — an item of theirs named in the message is recognised, with
    /// its order, date and warranty. Off: orders are never mentioned unless the customer asks the order dialogue.
    public var attributes: Bool
    /// Level 2: replies use recent behaviour — a product viewed in the last day ("I see you were looking at…").
    /// Off: behaviour events are stored but never used in replies.
    public var behaviour: Bool
    /// Level 3: the session's intent — what the customer's latest earlier message in this conversation was about —
    /// reads a follow-up that says too little on its own ("When will I get it?") in that context. Off: the message
    /// is read alone (and a vague one goes to a person).
    public var sessionIntent: Bool
    /// Level 5: the reply's tone follows the customer's emotion in this conversation (calm and brief when angry,
    /// step by step when confused, an apology only when unhappy). Off: every reply uses the neutral tone.
    public var emotion: Bool
    /// Memory: when a conversation is resolved, Heed writes short notes about the customer (preferences, what was
    /// promised, a problem left open). Off: no notes are written automatically (agents may still add them).
    public var memory: Bool

    /// Every level on.
    public init(
        attributes: Bool = true, behaviour: Bool = true, sessionIntent: Bool = true, emotion: Bool = true,
        memory: Bool = true
    ) {
        self.attributes = attributes
        self.behaviour = behaviour
        self.sessionIntent = sessionIntent
        self.emotion = emotion
        self.memory = memory
    }

    enum CodingKeys: String, CodingKey {
        case attributes, behaviour, emotion, memory
        case sessionIntent = "session_intent"
    }

    /// Decodes the switches; a switch not given is on.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        attributes = try c.decodeIfPresent(Bool.self, forKey: .attributes) ?? true
        behaviour = try c.decodeIfPresent(Bool.self, forKey: .behaviour) ?? true
        sessionIntent = try c.decodeIfPresent(Bool.self, forKey: .sessionIntent) ?? true
        emotion = try c.decodeIfPresent(Bool.self, forKey: .emotion) ?? true
        memory = try c.decodeIfPresent(Bool.self, forKey: .memory) ?? true
    }
}
