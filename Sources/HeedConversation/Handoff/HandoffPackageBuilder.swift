import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import Logging

/// Builds the hand-off package: a summary (written by the workspace's model provider when one is configured,
/// extractive otherwise or when the model fails) and suggested replies taken from the knowledge base.
public struct HandoffPackageBuilder: Sendable {
    let knowledge: WorkspaceKnowledge
    let summarizers: HandoffSummarizers
    let logger: Logger

    public init(knowledge: WorkspaceKnowledge, summarizers: HandoffSummarizers = HandoffSummarizers(), logger: Logger) {
        self.knowledge = knowledge
        self.summarizers = summarizers
        self.logger = logger
    }

    /// The package for a conversation; `messages` are its messages, oldest first.
    public func build(conversation: Conversation, customer: Customer, messages: [Message]) async -> HandoffPackage {
        let extractive = buildExtractive(conversation: conversation, customer: customer, messages: messages)
        guard let summarizer = summarizers.summarizer(for: conversation.workspaceID) else { return extractive }
        if let cached = summarizers.cached(conversation) { return extractive.with(summary: cached, source: .model) }
        do {
            let summary = try await summarizer.summarize(
                messages: messages, intents: extractive.intents, escalationReason: conversation.escalationReason,
                knownNames: [customer.name].compactMap { $0 })
            summarizers.remember(summary, for: conversation)
            return extractive.with(summary: summary, source: .model)
        } catch {
            logger.warning(
                "Hand-off summary fell back to extractive",
                metadata: ["conversation.id": "\(conversation.id)", "knowledge.provider.error": "\(error)"])
            return extractive
        }
    }

    /// The package with an extractive summary, without calling any provider.
    public func buildExtractive(conversation: Conversation, customer: Customer, messages: [Message]) -> HandoffPackage {
        let fromCustomer = messages.filter { $0.author == .customer }
        let intents = Self.unique(fromCustomer.compactMap(\.annotations.intent))
        let language = fromCustomer.last?.language
        let trend = fromCustomer.map { message in
            HandoffPackage.EmotionPoint(
                sequence: message.sequence, sentiment: message.annotations.sentiment,
                anger: Self.score("anger", message), urgency: Self.score("urgency", message))
        }
        let attempts = messages.filter { $0.author == .ai }.map {
            HandoffPackage.AIAttempt(
                sequence: $0.sequence, decision: $0.annotations.decision, confidence: $0.annotations.aiConfidence,
                body: $0.body)
        }
        return HandoffPackage(
            conversationID: conversation.id,
            summary: Self.summary(
                conversation: conversation, customer: customer, fromCustomer: fromCustomer, intents: intents,
                handoffDetail: Self.handoffDetail(messages)),
            summarySource: .extractive,
            escalationReason: conversation.escalationReason, language: language, intents: intents, emotionTrend: trend,
            customer: customer, aiAttempts: attempts,
            suggestedReplies: suggestions(for: fromCustomer, workspaceID: conversation.workspaceID, language: language))
    }

    /// Replies drawn from the best public passages for what the customer asked (never from internal articles).
    func suggestions(for fromCustomer: [Message], workspaceID: UUID, language: String?) -> [HandoffPackage.SuggestedReply] {
        let question = fromCustomer.suffix(3).map(\.body).joined(separator: " ")
        guard !question.isEmpty else { return [] }
        var hits = knowledge.search(
            question, workspaceID: workspaceID, audience: .customer, languages: language.map { [$0] }, limit: 3)
        if hits.isEmpty { hits = knowledge.search(question, workspaceID: workspaceID, audience: .customer, limit: 3) }
        return hits.map { hit in
            HandoffPackage.SuggestedReply(
                text: Self.leadingSentences(hit.passage.text, count: 3), articleID: hit.passage.documentID,
                title: hit.passage.title, url: hit.passage.sourceURL)
        }
    }

    /// The words the latest hand-off gave beyond its reason code (e.g. which policy limit was reached).
    static func handoffDetail(_ messages: [Message]) -> String? {
        messages.last { $0.author == .ai && $0.annotations.decision == .handoff }?.annotations.reasons.dropFirst().first
    }

    static func summary(
        conversation: Conversation, customer: Customer, fromCustomer: [Message], intents: [String],
        handoffDetail: String? = nil
    ) -> String {
        var parts: [String] = []
        let who = customer.name ?? "The customer"
        let tier = customer.tier == .vip ? " (VIP)" : ""
        if let first = fromCustomer.first {
            parts.append("\(who)\(tier) wrote: \"\(Self.clip(first.body, 200))\"")
        }
        if fromCustomer.count > 1, let last = fromCustomer.last {
            parts.append("Latest (\(fromCustomer.count) messages): \"\(Self.clip(last.body, 200))\"")
        }
        // A message that asks several things: every one of them, so the agent answers them all.
        if let last = fromCustomer.last {
            let asks = QuestionParts(last.body).parts
            if asks.count >= 2 {
                let listed = asks.enumerated().map { "(\($0.offset + 1)) \(Self.clip($0.element, 120))" }
                parts.append("Asks about \(asks.count) things: \(listed.joined(separator: "; ")).")
            }
        }
        if !intents.isEmpty { parts.append("Topics: \(intents.prefix(3).joined(separator: ", ")).") }
        if let reason = conversation.escalationReason {
            parts.append("Handed off because: \(reason.replacingOccurrences(of: "_", with: " ")).")
            if let handoffDetail { parts.append(handoffDetail) }
        }
        let angry = fromCustomer.contains { score("anger", $0) >= 0.5 }
        if angry { parts.append("The customer is upset.") }
        return parts.joined(separator: " ")
    }

    static func score(_ kind: String, _ message: Message) -> Double {
        message.annotations.signals.first { $0.kind == kind }?.score ?? 0
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    static func leadingSentences(_ text: String, count: Int) -> String {
        let sentences = SentenceSplitter.sentences(in: text).prefix(count)
        return sentences.isEmpty ? clip(text, 400) : sentences.joined(separator: " ")
    }
}
