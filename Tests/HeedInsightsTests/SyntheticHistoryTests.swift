import Foundation
import HeedCore
import HeedInsights
import Testing

/// The generated histories the benchmark and demos use read like real ones.
@Suite("Insights: generated histories")
struct SyntheticHistoryTests {
    static let start = Date(timeIntervalSince1970: 1_793_606_400)
    static let history = SyntheticHistory(
        workspaceID: UUID(), teamIDs: [UUID(), UUID()], agentIDs: [UUID(), UUID(), UUID()],
        intents: ["refund", "delivery"])

    @Test("The same seed gives the same history; each conversation opens with `created`, inside the span")
    func deterministicAndWellFormed() {
        let end = Self.start.addingTimeInterval(7 * 86_400)
        let first = Self.history.events(count: 300, from: Self.start, to: end, seed: 7)
        let again = Self.history.events(count: 300, from: Self.start, to: end, seed: 7)
        #expect(first.map(\.kind) == again.map(\.kind))
        #expect(first.map(\.occurredAt) == again.map(\.occurredAt))
        let timelines = ConversationTimeline.group(first)
        #expect(timelines.count == 300)
        for timeline in timelines {
            #expect(timeline.events.first?.kind == .created)
            #expect(timeline.createdAt >= Self.start && timeline.createdAt < end)
        }
    }

    @Test("Its KPIs are in range: some hand-offs, AI resolutions, ratings and reopens")
    func plausibleFigures() {
        let end = Self.start.addingTimeInterval(7 * 86_400)
        let events = Self.history.events(count: 1_000, from: Self.start, to: end, seed: 11)
        let reader = OutcomeReader(policy: ReportingPolicy(), asOf: end.addingTimeInterval(2 * 86_400))
        let kpis = KPISummary(ConversationTimeline.group(events).map(reader.outcome(of:)))
        #expect(kpis.conversations == 1_000)
        #expect((0.15...0.4).contains(kpis.handoffRate ?? -1))
        #expect((0.3...0.9).contains(kpis.aiResolutionRate ?? -1))
        #expect((0.01...0.3).contains(kpis.reopenRate ?? -1))
        #expect(kpis.csatResponses > 0 && kpis.npsResponses > 0)
        #expect((kpis.firstResponseSeconds ?? 0) > 0)
        #expect((0...1).contains(kpis.slaAttainment ?? -1))
    }
}
