import Foundation
import HeedCore

/// How an outcome is read from a timeline: the rules of `docs/reports.md`, one step per family of measures.
public struct OutcomeReader: Sendable {
    public let policy: ReportingPolicy
    public let workingTime: any WorkingTime
    /// The instant the report is made: windows and due times not yet passed by then are still open (only
    /// ``outcome(of:)`` reads it).
    public let asOf: Date

    public init(policy: ReportingPolicy, workingTime: any WorkingTime = CalendarTime(), asOf: Date) {
        self.policy = policy
        self.workingTime = workingTime
        self.asOf = asOf
    }

    /// Every measure of one conversation as of ``asOf``.
    public func outcome(of timeline: ConversationTimeline) -> ConversationOutcome {
        facts(of: timeline).outcome(asOf: asOf, policy: policy, workingTime: workingTime)
    }

    /// What the conversation's events decide, whenever the report is read (``asOf`` plays no part).
    public func facts(of timeline: ConversationTimeline) -> ConversationFacts {
        var facts = ConversationFacts(
            settled: ConversationOutcome(conversationID: timeline.conversationID, createdAt: timeline.createdAt))
        readPeople(timeline, into: &facts.settled)
        readResponses(timeline, into: &facts.settled)
        readResolution(timeline, into: &facts.settled)
        (facts.settled.handleSeconds, facts.openHandleSince) = handleSpans(timeline)
        readRatings(timeline, into: &facts.settled)
        readAI(timeline, into: &facts)
        readServiceLevels(timeline, into: &facts)
        readDimensions(timeline, into: &facts.settled)
        return facts
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

    /// The sum of the closed spans during which an agent was assigned and the conversation open, and the start of
    /// the span still running (it counts up to the report's instant).
    private func handleSpans(_ timeline: ConversationTimeline) -> (Double, Date?) {
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
        return (total, spanStart)
    }

    private func readRatings(_ timeline: ConversationTimeline, into outcome: inout ConversationOutcome) {
        outcome.csat = timeline.events.last { $0.kind == .rated }?.value.map { Int($0) }
        outcome.nps = timeline.events.last { $0.kind == .npsRated }?.value.map { Int($0) }
    }

    /// AI resolution: the last answer helped — 👍 on it, or the conversation resolved, or the customer silent for
    /// the window — with no human involved, no 👎 on it, and nothing asked afterwards that the AI did not answer
    /// as small talk. Read on the whole timeline, so a customer who comes back reverses it.
    private func readAI(_ timeline: ConversationTimeline, into facts: inout ConversationFacts) {
        let events = timeline.events
        guard let lastIndex = events.lastIndex(where: isAnswer) else { return }
        facts.settled.aiEngaged = true
        let lastAnswer = events[lastIndex]
        var askedMore = false
        for event in events[(lastIndex + 1)...] {
            if event.kind == .customerMessage { askedMore = true }
            if event.kind == .aiReply, isGreeting(event.intent) { askedMore = false }
        }
        let thumbs = events.last { $0.kind == .aiRated && $0.messageID == lastAnswer.messageID }?.value ?? 0
        guard !facts.settled.humanInvolved, !askedMore, thumbs >= 0 else { return }
        if thumbs > 0 || facts.settled.resolved {
            facts.settled.aiResolved = true
        } else {
            facts.aiSilenceSince = lastAnswer.occurredAt
        }
    }

    /// The first hand-off's targets: the first human reply by the first-response due time, the first resolution
    /// after the hand-off by the resolution due time. A target counts once met, or once its due time has passed.
    private func readServiceLevels(_ timeline: ConversationTimeline, into facts: inout ConversationFacts) {
        let events = timeline.events
        guard let handoff = events.first(where: { $0.kind == .handedOff }) else { return }
        let targets: [(Date?, ReportEventKind)] = [
            (handoff.firstResponseDueAt, .agentReply), (handoff.resolutionDueAt, .resolved),
        ]
        for case let (due?, kind) in targets {
            let done = events.first { $0.kind == kind && $0.occurredAt >= handoff.occurredAt }?.occurredAt
            if let done {
                facts.settled.slaTargets += 1
                if done <= due { facts.settled.slaTargetsMet += 1 }
            } else {
                facts.pendingDueTimes.append(due)
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
