import Foundation

/// Who wrote a message.
public enum MessageAuthor: String, Sendable, Codable, Hashable, CaseIterable {
    case customer
    case ai
    case agent
    case system
}

/// A source an AI answer is grounded in.
public struct Citation: Sendable, Codable, Hashable {
    public var articleID: String
    public var title: String?
    public var url: String?
    public var snippet: String?

    public init(articleID: String, title: String? = nil, url: String? = nil, snippet: String? = nil) {
        self.articleID = articleID
        self.title = title
        self.url = url
        self.snippet = snippet
    }

    enum CodingKeys: String, CodingKey {
        case title, url, snippet
        case articleID = "article_id"
    }
}

/// A detected signal (emotion, urgency, request for a human…) with its score and what triggered it.
public struct SignalAnnotation: Sendable, Codable, Hashable {
    public var kind: String
    public var score: Double
    public var evidence: [String]

    public init(kind: String, score: Double, evidence: [String] = []) {
        self.kind = kind
        self.score = score
        self.evidence = evidence
    }
}

/// What Heed understood about a message and decided on it; stored with the message so people can see why.
public struct MessageAnnotations: Sendable, Codable, Hashable {
    public var intent: String?
    public var intentConfidence: Double?
    public var sentiment: String?
    public var signals: [SignalAnnotation]
    /// Kinds of personal data found (email, phone, card…); never the values.
    public var piiFound: [String]
    public var citations: [Citation]
    /// The AI's confidence in its answer (AI messages).
    public var aiConfidence: Double?
    /// The pipeline's decision on this message and its reasons.
    public var decision: TurnDecision.Kind?
    public var reasons: [String]
    /// The customer message an AI or system message answers.
    public var replyTo: UUID?
    /// The tool calls an AI reply rests on (AI messages that acted on the customer's data).
    public var toolCalls: [ToolCallAnnotation]?

    public init(
        intent: String? = nil, intentConfidence: Double? = nil, sentiment: String? = nil,
        signals: [SignalAnnotation] = [], piiFound: [String] = [], citations: [Citation] = [],
        aiConfidence: Double? = nil, decision: TurnDecision.Kind? = nil, reasons: [String] = [], replyTo: UUID? = nil,
        toolCalls: [ToolCallAnnotation]? = nil
    ) {
        self.intent = intent
        self.intentConfidence = intentConfidence
        self.sentiment = sentiment
        self.signals = signals
        self.piiFound = piiFound
        self.citations = citations
        self.aiConfidence = aiConfidence
        self.decision = decision
        self.reasons = reasons
        self.replyTo = replyTo
        self.toolCalls = toolCalls
    }

    enum CodingKeys: String, CodingKey {
        case intent, sentiment, signals, citations, decision, reasons
        case intentConfidence = "intent_confidence"
        case piiFound = "pii_found"
        case aiConfidence = "ai_confidence"
        case replyTo = "reply_to"
        case toolCalls = "tool_calls"
    }
}

/// One message in a conversation.
public struct Message: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var conversationID: UUID
    /// Position in the conversation, from 1; gives a total order and lets clients resume after a reconnect.
    public var sequence: Int
    public var author: MessageAuthor
    /// The agent who wrote it, for agent messages.
    public var authorID: UUID?
    public var body: String
    /// ISO 639-1 code, when known.
    public var language: String?
    /// The sender's idempotency key: the same key in a conversation is stored once.
    public var clientMessageID: String?
    /// Internal notes are visible to agents only.
    public var isInternalNote: Bool
    public var annotations: MessageAnnotations
    public var createdAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, conversationID: UUID, sequence: Int = 0, author: MessageAuthor,
        authorID: UUID? = nil, body: String, language: String? = nil, clientMessageID: String? = nil,
        isInternalNote: Bool = false, annotations: MessageAnnotations = MessageAnnotations(), createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.sequence = sequence
        self.author = author
        self.authorID = authorID
        self.body = body
        self.language = language
        self.clientMessageID = clientMessageID
        self.isInternalNote = isInternalNote
        self.annotations = annotations
        self.createdAt = createdAt
    }

    /// Whether the AI agent wrote this message.
    public var isAI: Bool { author == .ai }

    enum CodingKeys: String, CodingKey {
        case id, sequence, author, body, language, annotations
        case workspaceID = "workspace_id"
        case conversationID = "conversation_id"
        case authorID = "author_id"
        case clientMessageID = "client_message_id"
        case isInternalNote = "is_internal_note"
        case createdAt = "created_at"
        case isAI = "is_ai"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        workspaceID = try c.decode(UUID.self, forKey: .workspaceID)
        conversationID = try c.decode(UUID.self, forKey: .conversationID)
        sequence = try c.decode(Int.self, forKey: .sequence)
        author = try c.decode(MessageAuthor.self, forKey: .author)
        authorID = try c.decodeIfPresent(UUID.self, forKey: .authorID)
        body = try c.decode(String.self, forKey: .body)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        clientMessageID = try c.decodeIfPresent(String.self, forKey: .clientMessageID)
        isInternalNote = try c.decode(Bool.self, forKey: .isInternalNote)
        annotations = try c.decode(MessageAnnotations.self, forKey: .annotations)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(conversationID, forKey: .conversationID)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(author, forKey: .author)
        try c.encode(authorID, forKey: .authorID)
        try c.encode(body, forKey: .body)
        try c.encode(language, forKey: .language)
        try c.encode(clientMessageID, forKey: .clientMessageID)
        try c.encode(isInternalNote, forKey: .isInternalNote)
        try c.encode(annotations, forKey: .annotations)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(isAI, forKey: .isAI)
    }
}
