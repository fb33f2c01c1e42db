import AsyncHTTPClient
import Foundation
import HeedConversation
import HeedCore
import HeedKnowledge
import HeedStore
import Logging

/// The turn pipeline's ``TurnActor`` for every workspace: with an OpenAI-compatible provider (the workspace's own,
/// else the server's) the model gets the tools as function definitions and may call them in a bounded loop
/// (``ModelToolLoop``), with the same policy the embedded engine obeys enforced by Heed (``ModelToolGate`` over a
/// ``ToolSession``); without a provider, or when the provider fails, the embedded ``OrderDialogueActor`` acts.
///
/// The model's reply is the turn's answer when it called tools this turn, or when it is still in the dialogue it
/// opened (its last reply followed tool calls, or a change waits for a yes). A reply without tools in a conversation the
/// loop is not in goes back to the pipeline (nil), so general questions keep the grounded knowledge answer. When
/// the loop hits its round limit, or the model asks for a person, the pipeline answers or hands off as for any
/// message.
public struct ModelToolActor: TurnActor {
    let store: any SupportStore
    let httpClient: HTTPClient
    /// The server-wide provider, nil when only workspaces' own providers (or none) are used.
    let server: LLMProviderConfiguration?
    let embedded: OrderDialogueActor
    let tools: WorkspaceTools
    let clock: any WallClock
    let logger: Logger
    /// The most model requests in one turn.
    let maximumRounds: Int

    /// An actor over `store`, calling providers with `httpClient` (owned by the caller); `server` is the
    /// server-wide provider; `tools` adds the workspaces' declared tools; `maximumRounds` bounds each turn's loop.
    public init(
        store: any SupportStore, httpClient: HTTPClient, server: LLMProviderConfiguration?,
        tools: WorkspaceTools = WorkspaceTools(), clock: any WallClock, logger: Logger, maximumRounds: Int = 5
    ) {
        self.store = store
        self.httpClient = httpClient
        self.server = server
        self.embedded = OrderDialogueActor(store: store, registry: tools.builtIn, clock: clock, logger: logger)
        self.tools = tools
        self.clock = clock
        self.logger = logger
        self.maximumRounds = maximumRounds
    }

    /// What one turn of the loop starts from.
    private struct Context {
        let state: OrderDialogueState
        let history: [Message]
        let registry: ToolRegistry
        let verified: Customer?
    }

    /// What one turn of the loop came to.
    private struct Conversed {
        let outcome: ModelToolLoop.Outcome
        let gate: ModelToolGate
        let redaction: ProviderRedaction
        let verifiedCustomerID: UUID?
    }

    public func act(on request: TurnActionRequest) async throws -> TurnAction? {
        guard let provider = try await provider(for: request.workspaceID) else { return try await embedded.act(on: request) }
        let context = try await load(request)
        // A workspace that declared its own tools lets the model decide on every message whether one is needed.
        let declaresTools = context.registry.tools.count > tools.builtIn.tools.count
        guard declaresTools || Self.concernsCustomerData(request.text, state: context.state) else { return nil }
        let conversed: Conversed
        do {
            conversed = try await converse(request, context, provider: provider)
        } catch {
            logger.warning(
                "Model tool loop failed; the embedded engine acts",
                metadata: ["conversation.id": "\(request.conversation.id)", "error": "\(error)"])
            return try await embedded.act(on: request)
        }
        return try await conclude(request, context, conversed)
    }

    private func load(_ request: TurnActionRequest) async throws -> Context {
        let conversationID = request.conversation.id
        let workspaceID = request.workspaceID
        let (saved, history) = try await store.read { reader in
            (
                try await reader.dialogue(conversationID: conversationID, workspaceID: workspaceID),
                try await reader.latestMessages(
                    conversationID: conversationID, workspaceID: workspaceID, limit: ModelToolPrompt.historyWindow + 1)
            )
        }
        let state = OrderDialogueState(saved)
        let verifiedID = OrderDialogueActor.isVerified(request.customer) ? request.customer.id : state.verifiedCustomerID
        let verified = try await verifiedID.asyncFlatMap { id in
            try await store.read { try await $0.customer(id: id, workspaceID: workspaceID) }
        }
        return Context(
            state: state, history: history, registry: try await tools.registry(for: workspaceID, store: store),
            verified: verified)
    }

    /// Runs the loop over a session verified as the conversation's customer (if any).
    private func converse(
        _ request: TurnActionRequest, _ context: Context, provider: LLMProviderConfiguration
    ) async throws(ProviderError) -> Conversed {
        let session = ToolSession(
            workspaceID: request.workspaceID, store: store, registry: context.registry, clock: clock,
            verifiedCustomerID: context.verified?.id, audit: ToolAuditContext(conversationID: request.conversation.id),
            logger: logger)
        let customerWords = [request.text] + context.history.filter { $0.author == .customer }.map(\.body)
        var gate = ModelToolGate(
            session: session, registry: context.registry,
            customerSaidYes: OrderDialogueActor.isExplicitYes(request.text), proposal: context.state.modelProposal,
            writtenOrderNumbers: Self.orderNumbers(written: customerWords))
        var redaction = ProviderRedaction(knownNames: [request.customer.name, context.verified?.name].compactMap { $0 })
        let opening = ModelToolPrompt.messages(
            history: context.history.filter { $0.id != request.message.id && $0.createdAt <= request.message.createdAt },
            text: request.text, language: request.language,
            verifiedUserID: context.verified.map(CommerceDocuments.userID(of:)), redaction: &redaction)
        let loop = ModelToolLoop(
            client: ProviderJSONClient(configuration: provider, httpClient: httpClient, logger: logger),
            maximumRounds: maximumRounds)
        let outcome = try await loop.run(
            opening, tools: context.registry.openAIFunctions, gate: &gate, redaction: &redaction)
        return Conversed(
            outcome: outcome, gate: gate, redaction: redaction, verifiedCustomerID: await session.verifiedCustomerID)
    }

    /// The reply when the loop claims the message, with the dialogue state to store; else nil (state stored).
    private func conclude(_ request: TurnActionRequest, _ context: Context, _ conversed: Conversed) async throws
        -> TurnAction?
    {
        let (state, gate) = (context.state, conversed.gate)
        var next = state
        if !gate.identityRefused { next.verifiedCustomerID = conversed.verifiedCustomerID ?? state.verifiedCustomerID }
        next.modelProposal = gate.proposal
        var claimed: String?
        switch conversed.outcome {
        case .reply(let text, _) where !gate.calls.isEmpty || state.modelDialogueOpen == true || gate.proposal != nil:
            claimed = text
        case .reply:
            claimed = nil
        case .exhausted(let rounds):
            logger.notice(
                "Model tool loop reached its round limit",
                metadata: ["conversation.id": "\(request.conversation.id)", "model_loop.rounds": "\(rounds)"])
        case .transferred(let rounds):
            logger.info(
                "Model asked for a person; the conversation is handed off",
                metadata: ["conversation.id": "\(request.conversation.id)", "model_loop.rounds": "\(rounds)"])
        }
        // The dialogue stays open while it works on something (tools this turn, a change waiting for a yes): a
        // follow-up without tools is answered once in its context, then messages go back to the knowledge answer.
        next.modelDialogueOpen = claimed != nil && (!gate.calls.isEmpty || gate.proposal != nil)
        let dialogue = ConversationDialogue(
            conversationID: request.conversation.id, workspaceID: request.workspaceID, kind: OrderDialogueState.kind,
            state: next.document, createdAt: clock.now())
        if case .transferred = conversed.outcome {
            next.modelDialogueOpen = false
            let closed = ConversationDialogue(
                conversationID: request.conversation.id, workspaceID: request.workspaceID, kind: OrderDialogueState.kind,
                state: next.document, createdAt: clock.now())
            var action = TurnAction(
                text: "", intent: "tool_use",
                reasons: ["model tool loop", "model asked for a person"] + gate.calls.map { "tool \($0.tool): \($0.outcome.rawValue)" },
                toolCalls: gate.calls, commit: { writer in try await writer.save(closed) })
            action.handoff = .aiTransferred
            return action
        }
        guard let claimed else {
            if next != state { try await store.write { try await $0.save(dialogue) } }
            return nil
        }
        // The customer reads their own data again; links and images are held to the same guard as any answer.
        let text = ReplyGuard().review(conversed.redaction.restore(claimed), allowedHosts: []).text
        return TurnAction(
            text: text, intent: "tool_use",
            reasons: ["model tool loop"] + gate.calls.map { "tool \($0.tool): \($0.outcome.rawValue)" },
            toolCalls: gate.calls, commit: { writer in try await writer.save(dialogue) })
    }

    /// Whether the message is for the tool loop: it asks about an order or the account (the order intents in en,
    /// vi, ms, id, lv), names an order number or an e-mail address (identity details), or the loop's dialogue is
    /// open (its last reply, or a change waiting for a yes). Other messages go straight to the knowledge answer,
    /// without an extra model request.
    static func concernsCustomerData(_ text: String, state: OrderDialogueState) -> Bool {
        if state.modelDialogueOpen == true || state.modelProposal != nil { return true }
        if !OrderNumberPattern.numbers(in: text).isEmpty || text.contains("@") { return true }
        let words = DialogueText(text)
        return OrderIntentRecognizer.intent(of: words, hasOrderContext: state.lastOrderNumber != nil) != nil
            || words.containsAny(OrderIntentRecognizer.orderWords.filter { $0.count > 4 })
    }

    /// The order numbers in the customer's messages, each once, latest message first.
    static func orderNumbers(written texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.flatMap(OrderNumberPattern.numbers(in:)).filter { seen.insert($0).inserted }
    }

    /// The provider the workspace answers with: its own, else the server's, else none.
    private func provider(for workspaceID: UUID) async throws -> LLMProviderConfiguration? {
        let settings = try await store.read { try await $0.workspace(id: workspaceID) }?.modelProvider
        guard let settings else { return server }
        return LLMProviderConfiguration(baseURL: settings.baseURL, model: settings.model, apiKey: settings.apiKey)
    }
}
