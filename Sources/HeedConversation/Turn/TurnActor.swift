import Foundation
import HeedCore
import HeedStore

/// The "act" step's entry point for dialogues that act on the customer's own data (orders, accounts): it may
/// claim a customer's message before the knowledge answer is tried. The conversation layer only knows this
/// protocol; the tools, their policy and their audit live behind it (HeedActions implements it).
public protocol TurnActor: Sendable {
    /// The reply to the message when this actor claims it (an intent it handles, or a dialogue of its awaiting a
    /// slot or a confirmation); nil to let the turn go on as usual.
    func act(on request: TurnActionRequest) async throws -> TurnAction?
}

/// What a ``TurnActor`` sees of a turn: the workspace, the conversation and its customer, the stored customer
/// message, its text as the customer wrote it, and its language.
public struct TurnActionRequest: Sendable {
    public let workspaceID: UUID
    public let conversation: Conversation
    /// The conversation's customer, as the channel knows them (a widget visitor, a signed identity…).
    public let customer: Customer
    /// The customer's message as stored.
    public let message: Message
    /// The message as written (identity details such as an e-mail address are needed to verify the customer).
    public let text: String
    /// The message's language (ISO 639-1).
    public let language: String

    public init(
        workspaceID: UUID, conversation: Conversation, customer: Customer, message: Message, text: String,
        language: String
    ) {
        self.workspaceID = workspaceID
        self.conversation = conversation
        self.customer = customer
        self.message = message
        self.text = text
        self.language = language
    }
}

/// A ``TurnActor``'s reply: the text for the customer, why, the tool calls it rests on, and what must be stored in
/// the same transaction as the reply (the dialogue's state).
public struct TurnAction: Sendable {
    /// What is written to the customer, in their language.
    public var text: String
    /// The intent the actor recognised, e.g. `order_status`.
    public var intent: String
    /// How sure the actor is of its reply (1 for an answer quoting a tool result).
    public var confidence: Double
    /// Why it replied so, for agents and the audit.
    public var reasons: [String]
    public var toolCalls: [ToolCallAnnotation]
    /// Stores what belongs to the reply, inside the reply's transaction.
    public var commit: @Sendable (any StoreWriter) async throws -> Void
    /// The reply only asks who the customer is, to start a request on their data: nothing of theirs was used.
    /// When the knowledge base answers the message confidently, the answer goes first and this question follows
    /// it as an offer ("how long do I have to return it?" gets the rule, then "I can start it for you…").
    public var onlyAsksForIdentity = false
    /// The knowledge-base topics (article tags, e.g. `returns`, `warranty`) the recognised request is about. When
    /// only the identity question is asked, an article on one of them answers the general question first even at a
    /// confidence the answer step alone would not trust: the actor and retrieval agree on the subject.
    public var knowledgeTopics: [String] = []
    /// Set when the actor hands the conversation to a person instead of replying (a model asking for
    /// `transfer_to_human_agents`): the pipeline stores the actor's records, then hands off for this reason with
    /// its own notice; `text` is not sent.
    public var handoff: HandoffReason?

    public init(
        text: String, intent: String, confidence: Double = 1, reasons: [String], toolCalls: [ToolCallAnnotation],
        commit: @escaping @Sendable (any StoreWriter) async throws -> Void = { _ in }
    ) {
        self.text = text
        self.intent = intent
        self.confidence = confidence
        self.reasons = reasons
        self.toolCalls = toolCalls
        self.commit = commit
    }
}
