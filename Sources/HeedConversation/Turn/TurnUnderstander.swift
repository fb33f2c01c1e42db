import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage

/// A turn's "understand" step: the message's language, signals and personal data, the reply language, the
/// knowledge retrieved for it and the assessment the policies decide on. Pure over its dependencies: it reads
/// nothing from the store.
struct TurnUnderstander: Sendable {
    let analyzer: MessageAnalyzer
    let knowledge: WorkspaceKnowledge

    /// Understands `body` in `context`; `aiRepliesSinceHuman` comes from ``AIReplyHistory``.
    func understand(_ body: String, context: TurnContext, aiRepliesSinceHuman: Int, now: Date = Date()) -> TurnUnderstanding {
        let workspaceID = context.workspace.id
        let previous = context.recentCustomerMessages(5)
        let analysis = analyzer.analyze(body, previousCustomerMessages: previous)
        let language = TurnUnderstanding.resolveLanguage(
            analysis.language, knowledgeLanguages: knowledge.languages(workspaceID: workspaceID),
            preferred: context.customer.preferredLanguage,
            previous: context.history.last { $0.author == .customer }?.language)
        let settings = context.workspace.policy.handoff
        var understanding = TurnUnderstanding(
            analysis: analysis, language: language,
            sensitiveTopics: TurnUnderstanding.sensitiveTopics(in: body, topics: settings.sensitiveTopics))
        understanding.previousCustomerMessages = previous
        let shielded = PromptInjectionDetector().shield(analysis.redacted.text)
        understanding.injectionFindings = shielded.findings
        understanding.question = shielded.text
        understanding.customerNotes = context.notes.map { "\($0.kind.rawValue): \($0.text)" }
        if context.workspace.policy.personalization.emotion {
            let earlier = context.history.filter { $0.author == .customer }.suffix(2).map(\.annotations)
            understanding.tone = ConversationMood(signals: analysis.signals, earlier: earlier).tone
        }
        understanding.personalLines = PersonalTouch(
            message: body, context: context, language: language, tone: understanding.tone, now: now
        ).lines
        let market = Self.market(of: context.customer)
        let hits = shielded.text.isEmpty
            ? [] : knowledge.retrieve(shielded.text, workspaceID: workspaceID, language: language, market: market)
        understanding.hits = knowledge.instructionFreePassages.clean(hits)
        let parts = MultiPartRetrieval(knowledge: knowledge).parts(
            of: shielded.text, workspaceID: workspaceID, language: language, market: market)
        if !parts.isEmpty {
            understanding.answerParts = parts.compactMap { part in
                knowledge.instructionFreePassages.clean([part.hit]).first.map { AnswerPart(question: part.question, hit: $0) }
            }
            let partPassages = Set(understanding.answerParts.map(\.hit.passage.id))
            understanding.hits = understanding.answerParts.map(\.hit)
                + understanding.hits.filter { !partPassages.contains($0.passage.id) }
        }
        if context.workspace.policy.personalization.sessionIntent, !shielded.text.isEmpty,
            let followUp = SessionIntent(context: context).reading(
                shielded.text, hits: understanding.hits, workspaceID: workspaceID, language: language,
                knowledge: knowledge)
        {
            understanding.hits = knowledge.instructionFreePassages.clean(followUp)
            understanding.answerParts = []
        }
        understanding.topics = understanding.hits.first.map { knowledge.topics(articleID: $0.passage.documentID) } ?? []
        understanding.assessment = TurnAssessment(
            intent: understanding.topics.first, intentConfidence: understanding.hits.first?.confidence ?? 0,
            runnerUpConfidence: understanding.hits.dropFirst().first?.confidence ?? 0,
            humanRequested: understanding.score(.humanRequest), anger: understanding.score(.anger),
            urgency: understanding.score(.urgency), negativity: understanding.negativity,
            churnRisk: understanding.score(.churnThreat), sensitiveTopics: understanding.sensitiveTopics,
            customerTier: context.customer.tier, aiConsent: context.customer.consent.aiProcessing,
            consecutiveAIFailures: AIReplyHistory.failureStreak(context.history),
            aiRepliesSinceHuman: aiRepliesSinceHuman)
        understanding.assessment.isVague = ContentWords.count(in: shielded.text) <= Self.vagueWords
        return understanding
    }

    /// A message with at most this many content words says too little to pick between two close articles by itself.
    static let vagueWords = 3

    /// The customer's country from their address (a code or a name), when known.
    static func market(of customer: Customer) -> String? {
        guard let address = customer.address else { return nil }
        let country = address.country.trimmingCharacters(in: .whitespaces)
        if country.count == 2, country.allSatisfy { $0.isLetter } { return country.uppercased() }
        return CountryMentions(country).codes.first ?? CountryMentions(address.city).codes.first
    }
}
