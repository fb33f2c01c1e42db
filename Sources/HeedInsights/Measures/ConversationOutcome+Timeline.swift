import Foundation
import HeedCore

/// How an outcome is read from a timeline: the rules of `docs/reports.md`, one step per family of measures.
public struct OutcomeReader: Sendable {
    public let policy: ReportingPolicy
    public let workingTime: any WorkingTime
    /// The instant the report is made: windows and due times not yet passed by then are still open.
    public let asOf: Date

    public init(policy: ReportingPolicy, workingTime: any WorkingTime = CalendarTime(), asOf: Date) {
        self.policy = policy
        self.workingTime = workingTime
        self.asOf = asOf
    }

    /// Every measure of one conversation.
    public func outcome(of timeline: ConversationTimeline) -> ConversationOutcome {
        var outcome = ConversationOutcome(conversationID: timeline.conversationID, createdAt: timeline.createdAt)
        readPeople(timeline, into: &outcome)
        readResponses(timeline, into: &outcome)
        readResolution(timeline, into: &outcome)
        outcome.handleSeconds = handleSeconds(timeline)
        readRatings(timeline, into: &outcome)
        readAI(timeline, into: &outcome)
        readServiceLevels(timeline, into: &outcome)
        readDimensions(timeline, into: &outcome)
        outcome.cost = outcome.handleSeconds / 3600 * policy.agentHourCost
            + (outcome.aiResolved ? policy.aiResolutionCost : 0)
        return outcome
    }

    private func duration(_ start: Date, _ end: Date) -> Double { workingTime.seconds(from: start, to: end) }

    private func isGreeting(_ intent: String?) -> Bool {
        guard let intent else { return false }
        return policy.greetingIntents.contains(intent)
    }

    /// An AI reply that counts as an answer: decided as an answer, not to small talk.
    private func isAnswer(_ event: ReportEvent) -> Bool {
        event.kind == .aiReply && event.detail == TurnDecision.Kind.answer.rawValue && !isGreeting(event.intent)
    }

    private func readPeople(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        let events = timeline.events
        outcome.handedOff = events.contains { $0.kind == .handedOff }
        let agents = Set(events.filter { $0.kind == .assigned || $0.kind == .agentReply }.compactMap(\.agentID))
        outcome.agentCount = agents.count
        outcome.humanInvolved = outcome.handedOff || events.contains { $0.kind == .assigned || $0.kind == .agentReply }
    }

    private func readResponses(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        let events = timeline.events
        if let firstAI = events.first(where: { $0.kind == .aiReply }) {
            outcome.aiFirstResponseSeconds = duration(timeline.createdAt, firstAI.occurredAt)
        }
        guard let firstHuman = events.first(where: { $0.kind == .agentReply }) else { return }
        let handoff = events.first { $0.kind == .handedOff && $0.occurredAt <= firstHuman.occurredAt }
        outcome.firstResponseSeconds = duration(handoff?.occurredAt ?? timeline.createdAt, firstHuman.occurredAt)
    }

    private func readResolution(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        var resolved = false
        var lastResolution: Date?
        for event in timeline.events {
            switch event.kind {
            case .resolved:
                if outcome.firstResolutionSeconds == nil {
                    outcome.firstResolutionSeconds = duration(timeline.createdAt, event.occurredAt)
                }
                resolved = true
                lastResolution = event.occurredAt
            case .reopened:
                if resolved { outcome.reopenCount += 1 }
                resolved = false
            default:
                break
            }
        }
        outcome.resolved = resolved
        outcome.everResolved = lastResolution != nil
        if resolved, let lastResolution {
            outcome.fullResolutionSeconds = duration(timeline.createdAt, lastResolution)
            outcome.firstContactResolution = outcome.reopenCount == 0 && outcome.agentCount <= 1
        }
    }

    /// The sum of the spans during which an agent was assigned and the conversation open; a span still running
    /// counts up to ``asOf``.
    private func handleSeconds(_ timeline: ConversationTimeline) -> Double {
        var total = 0.0
        var assigned = false
        var open = true
        var spanStart: Date?
        for event in timeline.events {
            if let start = spanStart, [.assigned, .unassigned, .resolved].contains(event.kind) {
                total += duration(start, event.occurredAt)
                spanStart = nil
            }
            switch event.kind {
            case .assigned: assigned = true
            case .unassigned: assigned = false
            case .resolved: open = false
            case .reopened: open = true
            default: continue
            }
            if assigned, open, spanStart == nil { spanStart = event.occurredAt }
        }
        if let start = spanStart { total += duration(start, asOf) }
        return total
    }

    private func readRatings(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        outcome.csat = timeline.events.last { $0.kind == .rated }?.value.map { Int($0) }
        outcome.nps = timeline.events.last { $0.kind == .npsRated }?.value.map { Int($0) }
    }

    /// AI resolution: the last answer helped — 👍 on it, or the conversation resolved, or the customer silent for
    /// the window — with no human involved, no 👎 on it, and nothing asked afterwards that the AI did not answer
    /// as small talk. Read on the whole timeline, so a customer who comes back reverses it.
    private func readAI(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        let events = timeline.events
        guard let lastIndex = events.lastIndex(where: isAnswer) else { return }
        outcome.aiEngaged = true
        let lastAnswer = events[lastIndex]
        var askedMore = false
        for event in events[(lastIndex + 1)...] {
            if event.kind == .customerMessage { askedMore = true }
            if event.kind == .aiReply, isGreeting(event.intent) { askedMore = false }
        }
        let thumbs = events.last { $0.kind == .aiRated && $0.messageID == lastAnswer.messageID }?.value ?? 0
        let window = TimeInterval(policy.aiResolutionWindowMinutes * 60)
        let silentLongEnough = asOf.timeIntervalSince(lastAnswer.occurredAt) >= window
        outcome.aiResolved = !outcome.humanInvolved && !askedMore && thumbs >= 0
            && (thumbs > 0 || outcome.resolved || silentLongEnough)
    }

    /// The first hand-off's targets: the first human reply by the first-response due time, the first resolution
    /// after the hand-off by the resolution due time. A target counts once met, or once its due time has passed.
    private func readServiceLevels(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        let events = timeline.events
        guard let handoff = events.first(where: { $0.kind == .handedOff }) else { return }
        let targets: [(Date?, ReportEventKind)] = [
            (handoff.firstResponseDueAt, .agentReply), (handoff.resolutionDueAt, .resolved),
        ]
        for case let (due?, kind) in targets {
            let done = events.first { $0.kind == kind && $0.occurredAt >= handoff.occurredAt }?.occurredAt
            if let done {
                outcome.slaTargets += 1
                if done <= due { outcome.slaTargetsMet += 1 }
            } else if asOf > due {
                outcome.slaTargets += 1
            }
        }
    }

    private func readDimensions(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        let latest = timeline.latest
        var dimensions: [ReportDimension: String] = [:]
        dimensions[.team] = latest?.teamID?.uuidString
        dimensions[.channel] = latest?.channel?.rawValue
        dimensions[.priority] = latest?.priority?.rawValue
        dimensions[.customerTier] = timeline.lastKnown { $0.customerTier?.rawValue }
        dimensions[.language] = timeline.lastKnown(\.language)
        dimensions[.agent] = timeline.lastKnown { $0.kind == .assigned || $0.kind == .agentReply ? $0.agentID?.uuidString : nil }
        let intents = timeline.events.filter { $0.kind == .aiReply }.compactMap(\.intent)
        dimensions[.intent] = intents.first { !isGreeting($0) } ?? intents.first
        outcome.dimensions = dimensions
    }
}
