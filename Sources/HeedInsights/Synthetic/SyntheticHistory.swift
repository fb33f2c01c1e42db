import Foundation
import HeedCore

/// Generated, plausible conversation histories as reporting events: for benchmarks (`heed bench reports`) and for
/// the demo's report page. Deterministic for a seed. About two thirds of the conversations stay with the AI
/// (answered and left, 👍, a follow-up left waiting, small talk first), a quarter are handed off to an agent (some
/// reopened and taken by a second agent), with ratings on some; channels, languages (en, vi, ms, id, lv), intents,
/// priorities and tiers vary.
public struct SyntheticHistory: Sendable {
    public var workspaceID: UUID
    public var teamIDs: [UUID]
    public var agentIDs: [UUID]
    public var intents: [String]
    public var languages = ["en", "vi", "ms", "id", "lv"]

    public init(workspaceID: UUID, teamIDs: [UUID], agentIDs: [UUID], intents: [String]) {
        self.workspaceID = workspaceID
        self.teamIDs = teamIDs
        self.agentIDs = agentIDs
        self.intents = intents.isEmpty ? ["general"] : intents
    }

    /// The events of `count` conversations created evenly at random between `start` and `end`, conversation by
    /// conversation.
    public func events(count: Int, from start: Date, to end: Date, seed: UInt64) -> [ReportEvent] {
        var random = SplitMix64(seed: seed)
        let span = max(end.timeIntervalSince(start), 1)
        return (0..<count).flatMap { _ in
            conversation(at: start.addingTimeInterval(Double(random.next(below: Int(span)))), random: &random)
        }
    }

    /// One conversation's events.
    func conversation(at createdAt: Date, random: inout SplitMix64) -> [ReportEvent] {
        var script = Script(
            base: ReportEvent(
                workspaceID: workspaceID, conversationID: UUID(), kind: .created, occurredAt: createdAt,
                conversationCreatedAt: createdAt, channel: Channel.allCases[random.next(below: Channel.allCases.count)],
                priority: [Priority.p2, .p3, .p3, .p4][random.next(below: 4)]),
            language: languages[random.next(below: languages.count)])
        script.add(.created, after: 0, tier: random.next(below: 10) == 0 ? .vip : .standard)
        let intent = intents[random.next(below: intents.count)]
        let exchanges = 2 + random.next(below: 3)
        if random.next(below: 8) == 0 {
            script.exchange(intent: "greeting", random: &random)
        }
        for _ in 0..<exchanges { script.exchange(intent: intent, random: &random) }
        let path = random.next(below: 100)
        if path < 27, let team = teamIDs.randomElement(using: &random),
            let agent = agentIDs.randomElement(using: &random)
        {
            handOff(&script, team: team, agent: agent, random: &random)
        } else if path < 40 {
            script.add(.aiRated, after: 1, message: script.lastAnswer, value: random.next(below: 5) == 0 ? -1 : 1)
            script.add(.resolved, after: 2)
            if random.next(below: 3) == 0 { script.add(.rated, after: 3, value: Double(3 + random.next(below: 3))) }
        } else if path < 48 {
            script.add(.customerMessage, after: 1 + Double(random.next(below: 30)))
        }
        return script.events
    }

    /// A hand-off with its targets, an agent's replies, the resolution, sometimes a reopen and a second agent,
    /// ratings on some.
    private func handOff(_ script: inout Script, team: UUID, agent: UUID, random: inout SplitMix64) {
        script.base.teamID = team
        script.add(.handedOff, after: 0.5, firstResponseDue: 15, resolutionDue: 240)
        script.add(.assigned, after: 0, agent: agent)
        script.add(.agentReply, after: Double(2 + random.next(below: 25)), agent: agent)
        script.add(.customerMessage, after: Double(1 + random.next(below: 10)))
        script.add(.agentReply, after: Double(1 + random.next(below: 10)), agent: agent)
        script.add(.resolved, after: Double(1 + random.next(below: 60)))
        if random.next(below: 10) == 0, let second = agentIDs.randomElement(using: &random) {
            script.add(.reopened, after: Double(30 + random.next(below: 600)))
            script.add(.customerMessage, after: 0)
            script.add(.assigned, after: 5, agent: second)
            script.add(.agentReply, after: Double(2 + random.next(below: 20)), agent: second)
            script.add(.resolved, after: Double(5 + random.next(below: 30)))
        }
        if random.next(below: 3) == 0 { script.add(.rated, after: 5, value: Double(1 + random.next(below: 5))) }
        if random.next(below: 5) == 0 { script.add(.npsRated, after: 5, value: Double(random.next(below: 11))) }
    }
}

/// A conversation's events being written, each a few minutes after the one before.
private struct Script {
    var base: ReportEvent
    let language: String
    var clock: Date
    var events: [ReportEvent] = []
    var lastAnswer: UUID?

    init(base: ReportEvent, language: String) {
        self.base = base
        self.language = language
        self.clock = base.occurredAt
    }

    mutating func add(
        _ kind: ReportEventKind, after minutes: Double, agent: UUID? = nil, message: UUID? = nil, value: Double? = nil,
        detail: String? = nil, intent: String? = nil, tier: CustomerTier? = nil, firstResponseDue: Double? = nil,
        resolutionDue: Double? = nil
    ) {
        clock = clock.addingTimeInterval(minutes * 60)
        var event = base
        event.id = UUID()
        event.kind = kind
        event.occurredAt = clock
        event.agentID = agent
        event.messageID = message
        event.value = value
        event.detail = detail
        event.intent = intent
        event.customerTier = tier
        event.language = kind == .customerMessage || kind == .aiReply ? language : nil
        event.firstResponseDueAt = firstResponseDue.map { clock.addingTimeInterval($0 * 60) }
        event.resolutionDueAt = resolutionDue.map { clock.addingTimeInterval($0 * 60) }
        events.append(event)
    }

    /// The customer asks, the AI answers a few seconds later.
    mutating func exchange(intent: String, random: inout SplitMix64) {
        add(.customerMessage, after: events.count <= 1 ? 0 : Double(1 + random.next(below: 4)))
        let message = UUID()
        add(.aiReply, after: Double(2 + random.next(below: 10)) / 60, message: message,
            detail: TurnDecision.Kind.answer.rawValue, intent: intent)
        if intent != "greeting" { lastAnswer = message }
    }
}
