/// How the customer feels, as judged by the language layer; the caller passes it in.
public enum CustomerSentiment: String, Sendable, Codable, Hashable {
    case negative
    case neutral
    case positive
}

/// What the answer engines know about the person asking.
public struct CustomerContext: Sendable, Hashable {
    /// The customer's name, when known (used in the greeting).
    public var name: String?
    /// The language to answer in (primary code, e.g. `en`, `vi`, `ms`, `lv`).
    public var language: String
    public var sentiment: CustomerSentiment
    /// A finer emotion label from the language layer (e.g. `frustrated`, `anxious`), if any.
    public var emotion: String?
    /// How the reply is worded for the customer's state.
    public var tone: ReplyTone
    /// Earlier messages of the conversation, oldest first (they are PII-redacted before reaching a provider).
    public var recentMessages: [String]
    /// What is remembered of the customer from earlier conversations (`kind: text`), redacted like the messages.
    public var notes: [String]
    /// Sentences about the customer's own purchases and behaviour, placed after the greeting (written by the
    /// conversation layer in the customer's language; not claims the guard checks).
    public var personalLines: [String]

    /// Creates a customer context; without a `tone`, the sentiment chooses it (``ReplyTone/fromSentiment(_:)``).
    public init(
        name: String? = nil, language: String = "en", sentiment: CustomerSentiment = .neutral, emotion: String? = nil,
        tone: ReplyTone? = nil, recentMessages: [String] = [], notes: [String] = [], personalLines: [String] = []
    ) {
        self.personalLines = personalLines
        self.notes = notes
        self.name = name
        self.language = language
        self.sentiment = sentiment
        self.emotion = emotion
        self.tone = tone ?? ReplyTone.fromSentiment(sentiment)
        self.recentMessages = recentMessages
    }
}

/// One of several things a message asks, with the passage that answers it.
public struct AnswerPart: Sendable, Hashable {
    /// The part of the message, as the customer wrote it.
    public var question: String
    /// The best passage for it.
    public var hit: KnowledgeSearchHit

    public init(question: String, hit: KnowledgeSearchHit) {
        self.question = question
        self.hit = hit
    }
}

/// Everything an engine needs to answer one question: the question, who asks, and the retrieved passages.
public struct AnswerRequest: Sendable {
    public var question: String
    public var customer: CustomerContext
    /// Retrieved passages, best first (retrieve with the audience that will read the answer).
    public var hits: [KnowledgeSearchHit]
    /// When the message asks several things answered by different articles: each with its passage (their
    /// passages also lead `hits`). The answer then joins one passage per part, explicitly, in this order.
    public var parts: [AnswerPart]

    /// Creates a request.
    public init(
        question: String, customer: CustomerContext = CustomerContext(), hits: [KnowledgeSearchHit],
        parts: [AnswerPart] = []
    ) {
        self.question = question
        self.customer = customer
        self.hits = hits
        self.parts = parts
    }

    /// The best retrieval confidence (0 when nothing was retrieved).
    public var retrievalConfidence: Double { hits.first.map(\.confidence) ?? 0 }
}

/// A source an answer relies on.
public struct Citation: Sendable, Codable, Hashable {
    /// The `[n]` number used in the answer (1-based position among the passages shown to the engine).
    public var number: Int
    public var documentID: String
    public var passageID: String
    public var title: String
    /// A short quote from the passage.
    public var snippet: String
    public var sourceURL: String?

    /// Creates a citation for a passage.
    public init(number: Int, passage: KnowledgePassage, snippet: String? = nil) {
        self.number = number
        self.documentID = passage.documentID
        self.passageID = passage.id
        self.title = passage.title
        self.snippet = snippet ?? String(passage.text.prefix(200))
        self.sourceURL = passage.sourceURL
    }
}

/// Why an answer was turned into an abstention.
public enum AbstentionReason: String, Sendable, Codable, Hashable {
    /// Nothing relevant enough was retrieved.
    case lowRetrievalConfidence = "low_retrieval_confidence"
    /// The answer says things the cited passages do not support.
    case unsupportedClaims = "unsupported_claims"
    /// The answer cites nothing.
    case noCitations = "no_citations"
    /// The engine itself said it does not know.
    case engineDeclined = "engine_declined"
}

/// Whether an answer is backed by its sources.
public enum GroundednessVerdict: Sendable, Hashable {
    /// Every claim is supported by the cited passages.
    case grounded
    /// The answer was replaced by an abstention; the conversation layer should hand off.
    case abstained(AbstentionReason)
}

/// An answer ready to show: text, its sources, how sure Heed is, and whether it is grounded.
public struct KnowledgeAnswer: Sendable, Hashable {
    /// The full reply (greeting, answer, source link, offer of a human).
    public var text: String
    /// The factual part of the reply, checked by the guard (without greeting and closing lines).
    public var claims: String
    public var citations: [Citation]
    /// 0…1.
    public var confidence: Double
    public var verdict: GroundednessVerdict
    /// Which engine wrote it (`embedded`, `openai-compatible`, or `embedded (fallback)`).
    public var engine: String
    /// The language of the reply.
    public var language: String

    /// Creates an answer.
    public init(text: String, claims: String, citations: [Citation], confidence: Double, verdict: GroundednessVerdict, engine: String, language: String) {
        self.text = text
        self.claims = claims
        self.citations = citations
        self.confidence = confidence
        self.verdict = verdict
        self.engine = engine
        self.language = language
    }

    /// Whether the conversation should be handed to a person.
    public var needsHandoff: Bool { verdict != .grounded }
}

/// Writes an answer from retrieved passages.
public protocol AnswerEngine: Sendable {
    /// A short name for logs and the answer's `engine` field.
    var name: String { get }
    /// Writes an answer (before the groundedness guard). Throws when the engine cannot answer at all
    /// (e.g. the provider is down); callers then fall back to the embedded engine.
    func answer(_ request: AnswerRequest) async throws -> KnowledgeAnswer
}

/// One event of a streamed answer.
public enum AnswerStreamEvent: Sendable, Hashable {
    /// More verified reply text.
    case delta(String)
    /// The final answer (after the guard). When it is an abstention, discard the deltas and show its text.
    case completed(KnowledgeAnswer)
}
