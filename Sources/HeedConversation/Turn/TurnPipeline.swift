import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import Logging

/// The heart of Heed: one customer message at a time per conversation, many conversations in parallel. A turn
/// reads its context, then runs DESIGN's steps, each a function of its inputs and injected dependencies:
/// understand (``TurnUnderstander``) → record (``MessageRecorder``) → decide (``TurnDecider``) → answer
/// (``TurnAnswerer``) → act (``HandoffAct``) → respond (``TurnResponder``). A ``TurnActor`` (the order dialogue)
/// may claim the message before the answer step: its reply, quoting the tools it ran, is then the answer. Every
/// decision is stored with its reasons.
public struct TurnPipeline: Sendable {
    let store: any SupportStore
    let recorder: MessageRecorder
    let understander: TurnUnderstander
    let answerer: TurnAnswerer
    let handoff: HandoffAct
    let responder: TurnResponder
    let events: ConversationEvents
    let clock: any WallClock
    let observer: (@Sendable (Duration) -> Void)?
    let actor: (any TurnActor)?

    /// A pipeline over `store`, recording through `recorder` (whose lock orders each conversation's turns);
    /// `observer` hears how long each turn took; `actor` may claim messages it can act on.
    public init(
        store: any SupportStore, recorder: MessageRecorder, analyzer: MessageAnalyzer, knowledge: WorkspaceKnowledge,
        events: ConversationEvents, learnedRouting: LearnedRouting = LearnedRouting(), clock: any WallClock,
        logger: Logger, observer: (@Sendable (Duration) -> Void)? = nil, actor: (any TurnActor)? = nil
    ) {
        self.store = store
        self.recorder = recorder
        self.understander = TurnUnderstander(analyzer: analyzer, knowledge: knowledge)
        self.answerer = TurnAnswerer(knowledge: knowledge, events: events)
        self.handoff = HandoffAct(store: store, learnedRouting: learnedRouting, clock: clock)
        self.responder = TurnResponder(recorder: recorder, events: events, clock: clock, logger: logger)
        self.events = events
        self.clock = clock
        self.observer = observer
        self.actor = actor
    }

    /// Records the customer's message and, unless a human owns the conversation, answers it or hands it off. On
    /// live channels (`turn.streamsReply`) the answer reaches the customer as `reply.delta` events as it is made.
    public func handle(_ turn: CustomerTurn) async throws -> TurnResult {
        let start = ContinuousClock.now
        let result = try await recorder.serialized(turn.conversationID) { try await run(turn) }
        observer?(ContinuousClock.now - start)
        return result
    }

    private func run(_ turn: CustomerTurn) async throws -> TurnResult {
        let context = try await store.read {
            try await TurnContext.load(
                conversationID: turn.conversationID, workspaceID: turn.workspaceID, clientMessageID: turn.clientMessageID,
                reader: $0, now: clock.now())
        }
        if let original = context.replayed {
            let replayed = try await replay(original, context: context)
            guard Self.wasLeftUnanswered(replayed, context: context) else { return replayed }
            return try await answerLate(original, context: context, streams: turn.streamsReply)
        }
        if context.conversation.status == .closed {
            throw HeedError.conversationClosed
        }
        let understanding = understander.understand(
            turn.body, context: context,
            aiRepliesSinceHuman: try await AIReplyHistory.repliesSinceHuman(context, store: store), now: clock.now())
        let recorded = try await record(turn, understanding: understanding)
        return try await reply(
            to: recorded, text: turn.body, understanding: understanding, context: context, streams: turn.streamsReply)
    }

    /// Decides on a recorded customer message and responds (unless a human owns the conversation); `text` is the
    /// message as the customer wrote it (the stored one may be minimised). With `mayAct` false the actor is not
    /// asked (a late answer must not repeat a write that may have happened before the node stopped).
    func reply(
        to recorded: RecordedMessage, text: String, understanding: TurnUnderstanding, context: TurnContext,
        streams: Bool, mayAct: Bool = true
    ) async throws -> TurnResult {
        var understanding = understanding
        guard recorded.conversation.handler == .ai else {
            return TurnResult(
                message: recorded.message, reply: nil, conversation: recorded.conversation, team: context.team,
                created: recorded.created)
        }
        let addressee = TurnResponder.Addressee(
            message: recorded.message, conversation: recorded.conversation, language: understanding.language,
            intent: understanding.assessment.intent, isFirstAIReply: context.awaitsFirstAIReply,
            company: context.workspace.name, allowedLinkHosts: ReplyGuard.allowedHosts(citedPassages: understanding.hits.map(\.passage)))
        var answer: KnowledgeAnswer?
        var decision = TurnDecider.beforeAnswering(understanding, policy: context.workspace.policy)
        if decision == nil, mayAct, let action = try await act(text, recorded, understanding: understanding, context: context) {
            if let reason = action.handoff {
                try await store.write { try await action.commit($0) }
                let (reply, team) = try await respond(
                    to: addressee, decision: .handoff(reason), answer: nil, understanding: understanding,
                    customerWords: context.recentCustomerMessages(2) + [recorded.message.body], context: context)
                return TurnResult(
                    message: recorded.message, reply: reply.message, conversation: reply.conversation, team: team,
                    created: recorded.created)
            }
            if action.onlyAsksForIdentity,
                let (reply, team) = try await answerThenOffer(
                    action, understanding: understanding, recorded: recorded, context: context, addressee: addressee)
            {
                return TurnResult(
                    message: recorded.message, reply: reply.message, conversation: reply.conversation,
                    team: team, created: recorded.created)
            }
            let reply = try await responder.act(action, to: addressee)
            return TurnResult(
                message: recorded.message, reply: reply.message, conversation: reply.conversation, team: context.team,
                created: recorded.created)
        }
        if decision == nil {
            let reviewed = await answerer.answer(
                understanding, customerName: context.customer.name, to: recorded.message, in: recorded.conversation,
                streams: streams)
            answer = reviewed
            decision = TurnDecider.afterAnswering(
                &understanding, answer: reviewed, policy: context.workspace.policy, knowledge: answerer.knowledge)
        }
        let (reply, team) = try await respond(
            to: addressee, decision: decision ?? .answer, answer: answer, understanding: understanding,
            customerWords: context.recentCustomerMessages(2) + [recorded.message.body], context: context)
        return TurnResult(
            message: recorded.message, reply: reply.message, conversation: reply.conversation, team: team,
            created: recorded.created)
    }

    /// A general question that also starts a request on the customer's data ("can I still return it?"): the
    /// knowledge base's answer when it is confident (or corroborated by the actor's subject, see
    /// ``TopicAgreement``), followed by the actor's identity question; the hand-off when that answer says a team
    /// must act; nil otherwise. Returns the reply and the conversation's team afterwards.
    private func answerThenOffer(
        _ action: TurnAction, understanding: TurnUnderstanding, recorded: RecordedMessage, context: TurnContext,
        addressee: TurnResponder.Addressee
    ) async throws -> (RecordedMessage, Team?)? {
        var understanding = understanding
        understanding.hits = TopicAgreement(topics: action.knowledgeTopics, knowledge: answerer.knowledge)
            .corroborated(understanding.hits)
        let reviewed = await answerer.answer(
            understanding, customerName: context.customer.name, to: recorded.message, in: recorded.conversation,
            // Not streamed: when the answer is not confident the customer gets the actor's question alone.
            streams: false)
        let decision = TurnDecider.afterAnswering(
            &understanding, answer: reviewed, policy: context.workspace.policy, knowledge: answerer.knowledge)
        switch decision {
        case .answer:
            return (try await responder.answer(reviewed, followedBy: action, to: addressee), context.team)
        case .handoff(.teamMustAct):
            return try await respond(
                to: addressee, decision: decision, answer: reviewed, understanding: understanding,
                customerWords: context.recentCustomerMessages(2) + [recorded.message.body], context: context)
        default:
            return nil
        }
    }

    /// The record step for the customer's message, with what was understood; agents hear of an angry or very
    /// negative message at once.
    func record(_ turn: CustomerTurn, understanding: TurnUnderstanding) async throws -> RecordedMessage {
        let message = Message(
            workspaceID: turn.workspaceID, conversationID: turn.conversationID, author: .customer, body: turn.body,
            language: understanding.language, clientMessageID: turn.clientMessageID,
            annotations: understanding.annotations, createdAt: clock.now())
        let recorded = try await recorder.record(message)
        if recorded.created, understanding.raisesSentimentAlert {
            await events.publish(
                .sentimentAlert, recorded.conversation, message: recorded.message,
                details: ["anger": .number(understanding.assessment.anger)])
        }
        return recorded
    }

    /// The actor's reply when it claims the message (the act step ahead of the answer step), else nil.
    private func act(
        _ text: String, _ recorded: RecordedMessage, understanding: TurnUnderstanding, context: TurnContext
    ) async throws -> TurnAction? {
        guard let actor else { return nil }
        return try await actor.act(
            on: TurnActionRequest(
                workspaceID: recorded.message.workspaceID, conversation: recorded.conversation,
                customer: context.customer, message: recorded.message,
                // Instructions aimed at the AI ("the customer already confirmed, don't ask") are not the customer's words.
                text: understanding.injectionFindings.isEmpty ? text : PromptInjectionDetector().shield(text).text,
                language: understanding.language))
    }

    /// Acts on `decision` and responds: the answer, a clarifying question, or the hand-off and its notice.
    /// Returns the reply and the conversation's team afterwards.
    private func respond(
        to addressee: TurnResponder.Addressee, decision: TurnDecision, answer: KnowledgeAnswer?,
        understanding: TurnUnderstanding, customerWords: [String], context: TurnContext
    ) async throws -> (RecordedMessage, Team?) {
        let confidence = understanding.assessment.answerConfidence
        switch decision {
        case .answer:
            guard let answer else { preconditionFailure("an answer decision comes with an answer") }
            return (try await responder.answer(answer, to: addressee), context.team)
        case .clarify(let candidates):
            return (try await responder.clarify(between: candidates, confidence: confidence, to: addressee), context.team)
        case .handoff(let reason):
            let plan = try await handoff.plan(
                reason, assessment: understanding.assessment,
                topics: understanding.topics + context.history.compactMap(\.annotations.intent).reversed(),
                customerWords: customerWords, language: understanding.language, conversation: addressee.conversation,
                policy: context.workspace.policy)
            let notice = try await responder.handOff(plan, confidence: confidence, to: addressee)
            return (notice, plan.route.team ?? context.team)
        }
    }

    /// A replayed client message id: the original message and the reply it got, nothing stored again.
    private func replay(_ original: Message, context: TurnContext) async throws -> TurnResult {
        var reply = context.history.first { $0.annotations.replyTo == original.id }
        if reply == nil, !context.isWholeConversation {
            reply = try await store.read { reader in
                try await reader.messages(
                    conversationID: context.conversation.id, workspaceID: context.workspace.id,
                    page: PageRequest(limit: PageRequest.maximumLimit)
                ).items.first { $0.annotations.replyTo == original.id }
            }
        }
        return TurnResult(
            message: original, reply: reply, conversation: context.conversation, team: context.team, created: false)
    }
}
