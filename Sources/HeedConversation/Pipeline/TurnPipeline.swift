import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import Logging

/// A customer's message arriving on any channel.
public struct CustomerTurn: Sendable {
    public var workspaceID: UUID
    public var conversationID: UUID
    public var body: String
    public var clientMessageID: String?

    public init(workspaceID: UUID, conversationID: UUID, body: String, clientMessageID: String?) {
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.body = body
        self.clientMessageID = clientMessageID
    }
}

/// What a turn produced: the stored customer message, the AI's reply (nil when a human owns the conversation),
/// the conversation afterwards, and whether the message was new (false for a replayed client message id).
public struct TurnResult: Sendable {
    public let message: Message
    public let reply: Message?
    public let conversation: Conversation
    public let created: Bool
}

/// The heart of Heed: understand → decide → act → respond → record, for one customer message at a time per
/// conversation and many conversations in parallel. Every decision is stored with its reasons.
public struct TurnPipeline: Sendable {
    let store: any SupportStore
    let analyzer: MessageAnalyzer
    let knowledge: WorkspaceKnowledge
    let events: ConversationEvents
    let locks: ConversationLocks
    let clock: any WallClock
    let logger: Logger
    let observer: (@Sendable (Duration) -> Void)?
    let learnedRouting: LearnedRouting

    public init(
        store: any SupportStore, analyzer: MessageAnalyzer, knowledge: WorkspaceKnowledge,
        events: ConversationEvents, locks: ConversationLocks = ConversationLocks(),
        learnedRouting: LearnedRouting = LearnedRouting(),
        clock: any WallClock, logger: Logger, observer: (@Sendable (Duration) -> Void)? = nil
    ) {
        self.learnedRouting = learnedRouting
        self.store = store
        self.analyzer = analyzer
        self.knowledge = knowledge
        self.events = events
        self.locks = locks
        self.clock = clock
        self.logger = logger
        self.observer = observer
    }

    /// Records the customer's message and, unless a human owns the conversation, answers it or hands it off.
    /// `onDelta`, when given, receives the answer's text as it is produced (sentences the guard has accepted); the
    /// stored reply in the result is the final word.
    public func handle(_ turn: CustomerTurn, onDelta: (@Sendable (String) async -> Void)? = nil) async throws -> TurnResult {
        let start = ContinuousClock.now
        let result = try await locks.withLock(turn.conversationID) { try await process(turn, onDelta: onDelta) }
        observer?(ContinuousClock.now - start)
        return result
    }

    private func process(_ turn: CustomerTurn, onDelta: (@Sendable (String) async -> Void)?) async throws -> TurnResult {
        let context = try await loadContext(turn)
        if let clientID = turn.clientMessageID,
            let original = try await store.read({
                try await $0.message(clientMessageID: clientID, conversationID: turn.conversationID, workspaceID: turn.workspaceID)
            })
        {
            var reply = context.history.first { $0.annotations.replyTo == original.id }
            if reply == nil, !context.isWholeConversation {
                reply = try await store.read { reader in
                    try await reader.messages(
                        conversationID: turn.conversationID, workspaceID: turn.workspaceID,
                        page: PageRequest(limit: PageRequest.maximumLimit)
                    ).items.first { $0.annotations.replyTo == original.id }
                }
            }
            return TurnResult(message: original, reply: reply, conversation: context.conversation, created: false)
        }
        if context.conversation.status == .closed {
            throw HeedError(.conflict, code: .conversationClosed, message: "This conversation is closed; start a new one.")
        }

        // Understand.
        let previousCustomer = context.history.filter { $0.author == .customer }.suffix(5).map(\.body)
        let analysis = analyzer.analyze(turn.body, previousCustomerMessages: Array(previousCustomer))
        let knowledgeLanguages = knowledge.languages(workspaceID: turn.workspaceID)
        let previousLanguage = context.history.last { $0.author == .customer }?.language
        let language = TurnUnderstanding.resolveLanguage(
            analysis.language, knowledgeLanguages: knowledgeLanguages,
            preferred: context.customer.preferredLanguage, previous: previousLanguage)
        let settings = context.workspace.policy.handoff
        let limits = context.workspace.policy.limits
        let understanding = TurnUnderstanding(
            analysis: analysis, language: language,
            sensitiveTopics: TurnUnderstanding.sensitiveTopics(in: turn.body, topics: settings.sensitiveTopics))
        let hits = knowledge.retrieve(analysis.redacted.text, workspaceID: turn.workspaceID, language: language)
        let topics = hits.first.map { knowledge.topics(articleID: $0.passage.documentID) } ?? []
        var assessment = TurnAssessment(
            intent: topics.first, intentConfidence: hits.first?.confidence ?? 0,
            runnerUpConfidence: hits.dropFirst().first?.confidence ?? 0,
            humanRequested: understanding.score(.humanRequest), anger: understanding.score(.anger),
            urgency: understanding.score(.urgency), negativity: understanding.negativity,
            churnRisk: understanding.score(.churnThreat), sensitiveTopics: understanding.sensitiveTopics,
            customerTier: context.customer.tier, aiConsent: context.customer.consent.aiProcessing,
            consecutiveAIFailures: Self.failureStreak(context.history),
            aiRepliesSinceHuman: try await aiRepliesSinceHuman(context))

        // Record the customer's message with what was understood.
        let now = clock.now()
        var annotations = understanding.annotations
        annotations.intent = assessment.intent
        annotations.intentConfidence = hits.first?.confidence
        let incoming = Message(
            workspaceID: turn.workspaceID, conversationID: turn.conversationID, author: .customer, body: turn.body,
            language: language, clientMessageID: turn.clientMessageID, annotations: annotations, createdAt: now)
        let before = context.conversation
        let stored = try await store.write { writer in
            let result = try await writer.append(incoming)
            var updated = before
            updated.record(result.message, at: now)
            try await writer.update(updated)
            return (result.message, updated)
        }
        let message = stored.0
        let conversation = stored.1
        await publish(.messageCreated, conversation, message)
        if conversation.status != before.status {
            // The customer wrote after resolution: the conversation is open again.
            await publish(.conversationUpdated, conversation, nil, details: ["status": .string(conversation.status.rawValue)])
        }
        if assessment.anger >= 0.5 || assessment.negativity >= 0.7 {
            await publish(.sentimentAlert, conversation, message, details: ["anger": .number(assessment.anger)])
        }
        guard conversation.handler == .ai else {
            return TurnResult(message: message, reply: nil, conversation: conversation, created: true)
        }

        // Decide, answering only when nothing calls for a human first.
        var reviewedAnswer: KnowledgeAnswer?
        var decision = HandoffPolicy.decideBeforeAnswering(assessment, settings: settings, limits: limits)
        if decision == nil {
            let request = AnswerRequest(
                question: analysis.redacted.text,
                customer: CustomerContext(
                    name: context.customer.name, language: language,
                    sentiment: Self.sentiment(analysis.signals.sentiment.label),
                    emotion: assessment.anger >= 0.5 ? "frustrated" : nil, recentMessages: Array(previousCustomer)),
                hits: hits)
            let reviewed = await answer(request, workspaceID: turn.workspaceID, onDelta: onDelta)
            reviewedAnswer = reviewed
            assessment.answerAbstained = reviewed.needsHandoff
            assessment.answerConfidence = reviewed.confidence
            let candidates = hits.prefix(2).map(\.passage.title)
            decision = HandoffPolicy.decide(assessment, candidates: candidates, settings: settings, limits: limits)
        }

        // Act and respond.
        let firstAIReply = context.isWholeConversation && !context.history.contains { $0.author == .ai }
        switch decision ?? .answer {
        case .answer:
            let reviewed = reviewedAnswer!
            let reply = Message(
                workspaceID: turn.workspaceID, conversationID: turn.conversationID, author: .ai,
                body: (firstAIReply ? AssistantPhrases.disclosure(language) + "\n\n" : "") + reviewed.text,
                language: language,
                annotations: MessageAnnotations(
                    intent: assessment.intent, citations: reviewed.citations.map {
                        HeedCore.Citation(articleID: $0.documentID, title: $0.title, url: $0.sourceURL, snippet: $0.snippet)
                    }, aiConfidence: reviewed.confidence,
                    decision: .answer, reasons: ["grounded answer (\(reviewed.engine))"], replyTo: message.id),
                createdAt: clock.now())
            return try await respond(with: reply, to: message, conversation: conversation)
        case .clarify(let candidates):
            let reply = Message(
                workspaceID: turn.workspaceID, conversationID: turn.conversationID, author: .ai,
                body: (firstAIReply ? AssistantPhrases.disclosure(language) + "\n\n" : "")
                    + AssistantPhrases.clarify(language, first: candidates[0], second: candidates[1]),
                language: language,
                annotations: MessageAnnotations(
                    intent: assessment.intent, aiConfidence: assessment.answerConfidence, decision: .clarify,
                    reasons: ["intents too close: \(candidates.joined(separator: " / "))"], replyTo: message.id),
                createdAt: clock.now())
            return try await respond(with: reply, to: message, conversation: conversation)
        case .handoff(let reason):
            return try await handOff(
                reason: reason, topics: topics + context.history.compactMap(\.annotations.intent).reversed(),
                assessment: assessment, language: language, firstAIReply: firstAIReply, message: message,
                customerWords: previousCustomer.suffix(2) + [turn.body],
                conversation: conversation, policy: context.workspace.policy)
        }
    }

    /// Hands the conversation to a human because the customer pressed "talk to a human"; a no-op when a human
    /// already has it. Returns the AI's notice (nil when nothing changed) and the conversation.
    public func requestHuman(conversationID: UUID, workspaceID: UUID) async throws -> (notice: Message?, conversation: Conversation) {
        try await locks.withLock(conversationID) {
            let turn = CustomerTurn(workspaceID: workspaceID, conversationID: conversationID, body: "", clientMessageID: nil)
            let context = try await loadContext(turn)
            guard context.conversation.handler == .ai else { return (nil, context.conversation) }
            let lastCustomer = context.history.last { $0.author == .customer }
            let language = lastCustomer?.language ?? context.customer.preferredLanguage ?? "en"
            let topics = context.history.compactMap(\.annotations.intent).reversed().map { $0 }
            let assessment = TurnAssessment(
                intent: topics.first, humanRequested: 1, customerTier: context.customer.tier,
                aiConsent: context.customer.consent.aiProcessing)
            let anchor = lastCustomer ?? Message(
                workspaceID: workspaceID, conversationID: conversationID, author: .customer, body: "", createdAt: clock.now())
            let result = try await handOff(
                reason: .customerAskedForHuman, topics: Array(topics), assessment: assessment, language: language,
                firstAIReply: context.isWholeConversation && !context.history.contains { $0.author == .ai }, message: anchor,
                customerWords: context.history.filter { $0.author == .customer }.suffix(3).map(\.body),
                conversation: context.conversation, policy: context.workspace.policy)
            return (result.reply, result.conversation)
        }
    }

    /// The reviewed answer, streamed through `onDelta` when asked.
    private func answer(_ request: AnswerRequest, workspaceID: UUID, onDelta: (@Sendable (String) async -> Void)?)
        async -> KnowledgeAnswer
    {
        let assistant = knowledge.assistant(for: workspaceID)
        guard let onDelta else { return await assistant.answer(request) }
        var final: KnowledgeAnswer?
        for await event in assistant.streamAnswer(request) {
            switch event {
            case .delta(let text): await onDelta(text)
            case .completed(let answer): final = answer
            }
        }
        if let final { return final }
        return await assistant.answer(request)
    }

    private func respond(with reply: Message, to message: Message, conversation: Conversation) async throws -> TurnResult {
        let now = reply.createdAt
        let saved = try await store.write { writer in
            let stored = try await writer.append(reply).message
            var updated = conversation
            updated.record(stored, at: now)
            try await writer.update(updated)
            return (stored, updated)
        }
        await publish(.messageCreated, saved.1, saved.0)
        return TurnResult(message: message, reply: saved.0, conversation: saved.1, created: true)
    }

    private func handOff(
        reason: HandoffReason, topics: [String], assessment: TurnAssessment, language: String, firstAIReply: Bool,
        message: Message, customerWords: [String], conversation: Conversation, policy: WorkspacePolicy
    ) async throws -> TurnResult {
        let now = clock.now()
        let learned = learnedRouting.predict(customerWords.joined(separator: "\n"), workspaceID: conversation.workspaceID)
        let route = try await store.read { reader in
            try await HandoffRouter(policy: policy, learned: learned).route(
                topics: topics, assessment: assessment, current: conversation, language: language, reader: reader, now: now)
        }
        let etaMinutes = policy.serviceLevels.firstResponseMinutes[route.priority.rank - 1]
        let detail = reason == .policyLimit ? policy.limits.breach(aiRepliesSinceHuman: assessment.aiRepliesSinceHuman) : nil
        let notice = Message(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, author: .ai,
            body: (firstAIReply ? AssistantPhrases.disclosure(language) + "\n\n" : "")
                + AssistantPhrases.handoff(language, team: route.team?.name, etaMinutes: etaMinutes),
            language: language,
            annotations: MessageAnnotations(
                intent: assessment.intent, aiConfidence: assessment.answerConfidence, decision: .handoff,
                reasons: [reason.rawValue] + (detail.map { [$0] } ?? []), replyTo: message.id),
            createdAt: now)
        let saved = try await store.write { writer in
            let stored = try await writer.append(notice).message
            var updated = conversation
            updated.record(stored, at: now)
            updated.handler = .human
            updated.status = .open
            updated.escalationReason = reason.rawValue
            updated.handedOffAt = now
            updated.teamID = route.team?.id ?? updated.teamID
            updated.assigneeID = updated.assigneeID ?? route.assignee?.id
            updated.priority = route.priority
            updated.firstResponseDueAt = route.firstResponseDue
            updated.resolutionDueAt = route.resolutionDue
            // The AI's notice is not a human's first response: the SLA clock keeps running until an agent answers.
            updated.firstResponseAt = conversation.firstResponseAt
            try await writer.update(updated)
            try await writer.insert(
                AuditEvent(
                    workspaceID: conversation.workspaceID, actor: Actor(kind: .ai), action: "conversation.handoff",
                    subjectType: "conversation", subjectID: conversation.id, reason: reason.rawValue,
                    details: [
                        "team": route.team.map { .string($0.name) } ?? .null, "priority": .string(route.priority.rawValue),
                        "assignee_id": route.assignee.map { .string($0.id.uuidString) } ?? .null,
                        "detail": detail.map { .string($0) } ?? .null, "routed_by": .string(route.routedBy),
                    ],
                    createdAt: now))
            return (stored, updated)
        }
        logger.info(
            "Handed off", metadata: ["conversation.id": "\(conversation.id)", "handoff.reason": "\(reason.rawValue)"])
        await publish(.messageCreated, saved.1, saved.0)
        await publish(
            .handoff, saved.1, nil,
            details: [
                "reason": .string(reason.rawValue), "team": route.team.map { .string($0.name) } ?? .null,
                "eta_minutes": .number(Double(etaMinutes)), "detail": detail.map { .string($0) } ?? .null,
            ])
        if route.assignee != nil { await publish(.assigned, saved.1, nil) }
        return TurnResult(message: message, reply: saved.0, conversation: saved.1, created: true)
    }

    private func publish(
        _ kind: AgentEvent.Kind, _ conversation: Conversation, _ message: Message?, details: [String: JSONValue] = [:]
    ) async {
        await events.publish(kind, conversation, message: message, details: details)
    }

    private struct TurnContext: Sendable {
        let workspace: Workspace
        let conversation: Conversation
        let customer: Customer
        /// The latest messages, oldest first (the whole conversation when it is short).
        let history: [Message]

        /// Whether `history` holds every message of the conversation.
        var isWholeConversation: Bool { history.count >= conversation.messageCount }
    }

    /// How many recent messages a turn reads.
    static let historyWindow = 30

    private func loadContext(_ turn: CustomerTurn) async throws -> TurnContext {
        try await store.read { reader in
            guard let workspace = try await reader.workspace(id: turn.workspaceID) else {
                throw HeedError.notFound("Workspace")
            }
            guard let conversation = try await reader.conversation(id: turn.conversationID, workspaceID: turn.workspaceID)
            else { throw HeedError.notFound("Conversation") }
            guard let customer = try await reader.customer(id: conversation.customerID, workspaceID: turn.workspaceID)
            else { throw HeedError.notFound("Customer") }
            let history = try await reader.latestMessages(
                conversationID: turn.conversationID, workspaceID: turn.workspaceID, limit: Self.historyWindow)
            return TurnContext(workspace: workspace, conversation: conversation, customer: customer, history: history)
        }
    }

    /// The AI's replies (answers and clarifying questions) since a human last had the conversation: since its last
    /// hand-off or agent message. Reads further back than the turn's window only when the window holds no such point.
    private func aiRepliesSinceHuman(_ context: TurnContext) async throws -> Int {
        let (count, bounded) = Self.aiReplyCount(context.history, handedOffAt: context.conversation.handedOffAt)
        guard !bounded, !context.isWholeConversation else { return count }
        let longer = try await store.read { reader in
            try await reader.latestMessages(
                conversationID: context.conversation.id, workspaceID: context.workspace.id, limit: PageRequest.maximumLimit)
        }
        return Self.aiReplyCount(longer, handedOffAt: context.conversation.handedOffAt).count
    }

    /// Counts AI replies from the newest message back to the last hand-off or agent message; `bounded` says whether
    /// such a point was found in `history`.
    static func aiReplyCount(_ history: [Message], handedOffAt: Date?) -> (count: Int, bounded: Bool) {
        var count = 0
        for message in history.reversed() {
            if message.author == .agent || (message.author == .ai && message.annotations.decision == .handoff) {
                return (count, true)
            }
            if let handedOffAt, message.createdAt <= handedOffAt { return (count, true) }
            if message.author == .ai, [.answer, .clarify].contains(message.annotations.decision) { count += 1 }
        }
        return (count, false)
    }

    /// AI turns in a row (most recent first) that asked to clarify instead of helping.
    static func failureStreak(_ history: [Message]) -> Int {
        var streak = 0
        for message in history.reversed() where message.author == .ai {
            guard message.annotations.decision == .clarify else { break }
            streak += 1
        }
        return streak
    }

    static func sentiment(_ label: SentimentLabel) -> CustomerSentiment {
        switch label {
        case .negative: .negative
        case .positive: .positive
        case .neutral: .neutral
        }
    }
}
