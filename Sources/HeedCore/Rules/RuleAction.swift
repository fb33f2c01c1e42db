import Foundation

/// What a rule does to the conversation of the event. An action is a value on its own, so a later delayed
/// action (a timer) can store one and run it through the same runner.
///
/// JSON: `{"type": "assign_team", "team_id": "…"}`, `{"type": "set_priority", "priority": "P1"}`,
/// `{"type": "add_note", "text": {"en": "…", "vi": "…"}}`, `{"type": "call_webhook", "url": "…", "secret": "…"}`…
public enum RuleAction: Sendable, Hashable {
    case assignTeam(UUID)
    case assignAgent(UUID)
    case setPriority(Priority)
    case addTags([String])
    case removeTags([String])
    /// An internal note for agents, from a template.
    case addNote(MessageTemplate)
    /// A message to the customer in their language, from a template.
    case sendMessage(MessageTemplate)
    /// Gives the conversation to a human (its SLA clocks start).
    case handOff
    /// Gives the conversation back to the AI.
    case handBackToAI
    case resolve
    /// POSTs the event as JSON to `url`, signed with HMAC-SHA256 of the body under `secret`
    /// (`X-Heed-Signature: sha256=<hex>`). The secret is never shown back: API views carry nil.
    case callWebhook(url: String, secret: String?)

    /// The action's wire name.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case assignTeam = "assign_team"
        case assignAgent = "assign_agent"
        case setPriority = "set_priority"
        case addTags = "add_tags"
        case removeTags = "remove_tags"
        case addNote = "add_note"
        case sendMessage = "send_message"
        case handOff = "hand_off"
        case handBackToAI = "hand_back_to_ai"
        case resolve
        case callWebhook = "call_webhook"
    }

    public var kind: Kind {
        switch self {
        case .assignTeam: .assignTeam
        case .assignAgent: .assignAgent
        case .setPriority: .setPriority
        case .addTags: .addTags
        case .removeTags: .removeTags
        case .addNote: .addNote
        case .sendMessage: .sendMessage
        case .handOff: .handOff
        case .handBackToAI: .handBackToAI
        case .resolve: .resolve
        case .callWebhook: .callWebhook
        }
    }
}

extension RuleAction: Codable {
    enum CodingKeys: String, CodingKey {
        case type, priority, tags, text, url, secret
        case teamID = "team_id"
        case agentID = "agent_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .type) {
        case .assignTeam: self = .assignTeam(try c.decode(UUID.self, forKey: .teamID))
        case .assignAgent: self = .assignAgent(try c.decode(UUID.self, forKey: .agentID))
        case .setPriority: self = .setPriority(try c.decode(Priority.self, forKey: .priority))
        case .addTags: self = .addTags(try c.decode([String].self, forKey: .tags))
        case .removeTags: self = .removeTags(try c.decode([String].self, forKey: .tags))
        case .addNote: self = .addNote(try c.decode(MessageTemplate.self, forKey: .text))
        case .sendMessage: self = .sendMessage(try c.decode(MessageTemplate.self, forKey: .text))
        case .handOff: self = .handOff
        case .handBackToAI: self = .handBackToAI
        case .resolve: self = .resolve
        case .callWebhook:
            self = .callWebhook(
                url: try c.decode(String.self, forKey: .url), secret: try c.decodeIfPresent(String.self, forKey: .secret))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .type)
        switch self {
        case .assignTeam(let id): try c.encode(id, forKey: .teamID)
        case .assignAgent(let id): try c.encode(id, forKey: .agentID)
        case .setPriority(let priority): try c.encode(priority, forKey: .priority)
        case .addTags(let tags), .removeTags(let tags): try c.encode(tags, forKey: .tags)
        case .addNote(let template), .sendMessage(let template): try c.encode(template, forKey: .text)
        case .handOff, .handBackToAI, .resolve: break
        case .callWebhook(let url, let secret):
            try c.encode(url, forKey: .url)
            try c.encodeIfPresent(secret, forKey: .secret)
        }
    }
}
