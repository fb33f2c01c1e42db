import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// The embedded engine's actions on the customer's own orders, without any language model: the turn pipeline's
/// ``TurnActor``. Per turn it reads the conversation's dialogue state, opens a ``ToolSession`` verified as the
/// conversation's customer (a signed widget identity or an API customer with an external id) or as whom the
/// visitor verified earlier in the conversation, runs one ``OrderDialogueTurn``, and returns its reply with the
/// state to store in the reply's transaction. Every tool call goes through the session, which enforces the
/// policy and audits the call; the dialogue cannot reach the store any other way.
public struct OrderDialogueActor: TurnActor {
    let store: any SupportStore
    let registry: ToolRegistry
    let clock: any WallClock
    let logger: Logger

    public init(
        store: any SupportStore, registry: ToolRegistry = CommerceTools.registry, clock: any WallClock,
        logger: Logger
    ) {
        self.store = store
        self.registry = registry
        self.clock = clock
        self.logger = logger
    }

    /// Whether the channel already vouches for the customer: a signed widget identity or a customer created
    /// through the API with the company's external id. Anonymous widget visitors (`visitor:…`) and customers
    /// known only by an address must verify first.
    public static func isVerified(_ customer: Customer) -> Bool {
        guard let externalID = customer.externalID, !externalID.isEmpty else { return false }
        return !externalID.hasPrefix("visitor:")
    }

    /// Whether `text` is an explicit yes, as the dialogue reads a confirmation ("yes", "có", "ya", "jā"…).
    public static func isExplicitYes(_ text: String) -> Bool {
        ConfirmationReply.isExplicitYes(DialogueText(text))
    }

    public func act(on request: TurnActionRequest) async throws -> TurnAction? {
        let conversationID = request.conversation.id
        let workspaceID = request.workspaceID
        let saved = try await store.read { try await $0.dialogue(conversationID: conversationID, workspaceID: workspaceID) }
        let state = OrderDialogueState(saved)
        let verifiedID = Self.isVerified(request.customer) ? request.customer.id : state.verifiedCustomerID
        let verified = try await verifiedID.asyncFlatMap { id in
            try await store.read { try await $0.customer(id: id, workspaceID: workspaceID) }
        }
        let session = ToolSession(
            workspaceID: workspaceID, store: store, registry: registry, clock: clock,
            verifiedCustomerID: verified?.id, audit: ToolAuditContext(conversationID: conversationID), logger: logger)
        var turn = OrderDialogueTurn(
            session: session, text: request.text, language: request.language, state: state,
            userID: verified.map(CommerceDocuments.userID(of:)), now: clock.now())
        let reply = await turn.run()
        let dialogue = ConversationDialogue(
            conversationID: conversationID, workspaceID: workspaceID, kind: OrderDialogueState.kind,
            state: turn.state.document, createdAt: clock.now())
        guard let reply else {
            // An open request the customer moved away from is dropped now, not left to catch a later message.
            if turn.state.pending != state.pending { try await store.write { try await $0.save(dialogue) } }
            return nil
        }
        logger.debug(
            "Order dialogue replied",
            metadata: ["conversation.id": "\(conversationID)", "dialogue.intent": "\(reply.intent.rawValue)"])
        var action = TurnAction(
            text: reply.text, intent: reply.intent.annotation, reasons: ["order dialogue"] + turn.reasons,
            toolCalls: turn.calls, commit: { writer in try await writer.save(dialogue) })
        // Only the identity question, and nothing of the customer's used: a new request, or a new question while the
        // dialogue waits for identity details this message does not give ("and do I pay for the return label?").
        let details = IdentityDetails(request.text)
        let givesNoDetails = details.email == nil && details.zip == nil && OrderNumberPattern.numbers(in: request.text).isEmpty
        action.onlyAsksForIdentity =
            turn.calls.isEmpty && turn.state.pending?.awaiting == .identity && (state.pending == nil || givesNoDetails)
        action.knowledgeTopics = reply.intent.knowledgeTopics
        return action
    }
}
