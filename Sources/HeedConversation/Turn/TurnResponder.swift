import Foundation
import HeedCore
import HeedKnowledge
import Logging

/// A turn's "respond" step: the AI's reply — a grounded answer with its citations, a clarifying question, or the
/// hand-off notice — written in the customer's language (the first reply says it is an AI), stored through the
/// ``MessageRecorder`` with its confidence, decision and reasons, and sent out as events.
struct TurnResponder: Sendable {
    let recorder: MessageRecorder
    let events: ConversationEvents
    let clock: any WallClock
    let logger: Logger

    /// What the reply is about: the customer's message, its language and intent, and whether it is the AI's first.
    struct Addressee: Sendable {
        let message: Message
        let conversation: Conversation
        let language: String
        let intent: String?
        let isFirstAIReply: Bool
        /// The workspace's name, said in the AI's disclosure.
        var company: String? = nil
        /// Hosts the reply may link to (those of the passages the answer was written from); others are removed.
        var allowedLinkHosts: Set<String> = []
    }

    /// The last check on what the AI says, whoever wrote it.
    private let replyGuard = ReplyGuard()

    /// Sends the reviewed answer with its citations; with an `offer` (an actor's question that starts a request on
    /// the customer's data), the offer follows the answer and the actor's records are stored with it.
    func answer(_ answer: KnowledgeAnswer, followedBy offer: TurnAction? = nil, to addressee: Addressee) async throws
        -> RecordedMessage
    {
        let citations = answer.citations.map {
            HeedCore.Citation(articleID: $0.documentID, title: $0.title, url: $0.sourceURL, snippet: $0.snippet)
        }
        var annotations = MessageAnnotations(
            intent: addressee.intent, citations: citations, aiConfidence: answer.confidence, decision: .answer,
            reasons: ["grounded answer (\(answer.engine))"], replyTo: addressee.message.id)
        guard let offer else { return try await recorder.record(reply(answer.text, annotations, to: addressee)) }
        annotations.reasons += offer.reasons
        let commit = offer.commit
        return try await recorder.record(reply(answer.text + "\n\n" + offer.text, annotations, to: addressee)) {
            _, _, writer in try await commit(writer)
        }
    }

    /// Sends a ``TurnActor``'s reply, with the tool calls it rests on, storing the actor's own records (its
    /// dialogue state) in the same transaction.
    func act(_ action: TurnAction, to addressee: Addressee) async throws -> RecordedMessage {
        let annotations = MessageAnnotations(
            intent: action.intent, aiConfidence: action.confidence, decision: .answer, reasons: action.reasons,
            replyTo: addressee.message.id, toolCalls: action.toolCalls)
        let commit = action.commit
        return try await recorder.record(reply(action.text, annotations, to: addressee)) { _, _, writer in
            try await commit(writer)
        }
    }

    /// Asks which of two close candidates the customer means.
    func clarify(between candidates: [String], confidence: Double, to addressee: Addressee) async throws -> RecordedMessage {
        let annotations = MessageAnnotations(
            intent: addressee.intent, aiConfidence: confidence, decision: .clarify,
            reasons: ["intents too close: \(candidates.joined(separator: " / "))"], replyTo: addressee.message.id)
        let text = AssistantPhrases.clarify(addressee.language, first: candidates[0], second: candidates[1])
        return try await recorder.record(reply(text, annotations, to: addressee))
    }

    /// Tells the customer who will reply and when, and hands the conversation over as `plan` says, in one
    /// transaction with its audit record; then agents hear of the hand-off (and the assignment).
    func handOff(_ plan: HandoffPlan, confidence: Double, to addressee: Addressee) async throws -> RecordedMessage {
        let annotations = MessageAnnotations(
            intent: addressee.intent, aiConfidence: confidence, decision: .handoff,
            reasons: [plan.reason.rawValue] + (plan.detail.map { [$0] } ?? []), replyTo: addressee.message.id)
        let text = AssistantPhrases.handoff(
            addressee.language, team: plan.route.team?.name, etaMinutes: plan.teamAway ? nil : plan.etaMinutes,
            teamAway: plan.teamAway)
        let firstResponse = addressee.conversation.firstResponseAt
        let recorded = try await recorder.record(reply(text, annotations, to: addressee)) { conversation, _, writer in
            plan.apply(to: &conversation, firstResponseBefore: firstResponse)
            try await writer.insert(plan.auditEvent(conversationID: conversation.id, workspaceID: conversation.workspaceID))
        }
        logger.info(
            "Handed off",
            metadata: ["conversation.id": "\(recorded.conversation.id)", "handoff.reason": "\(plan.reason.rawValue)"])
        await events.publish(.handoff, recorded.conversation, details: plan.eventDetails)
        if plan.route.assignee != nil { await events.publish(.assigned, recorded.conversation) }
        return recorded
    }

    /// The stored reply: the guard's review of `text` (the removals noted among the reasons), after the AI
    /// disclosure on the first reply.
    private func reply(_ text: String, _ annotations: MessageAnnotations, to addressee: Addressee) -> Message {
        let disclosure = addressee.isFirstAIReply ? AssistantPhrases.disclosure(addressee.language, company: addressee.company) + "\n\n" : ""
        let review = replyGuard.review(text, allowedHosts: addressee.allowedLinkHosts)
        var annotations = annotations
        if !review.removals.isEmpty {
            annotations.reasons.append("reply guard: " + Array(Set(review.removals)).sorted().joined(separator: ", "))
            logger.warning(
                "Reply guard removed content",
                metadata: ["conversation.id": "\(addressee.conversation.id)", "reply.removals": "\(review.removals)"])
        }
        let body = review.text.isEmpty ? ReplyTemplates.forLanguage(addressee.language).offerHuman : review.text
        return Message(
            workspaceID: addressee.conversation.workspaceID, conversationID: addressee.conversation.id, author: .ai,
            body: disclosure + body, language: addressee.language, annotations: annotations, createdAt: clock.now())
    }
}
