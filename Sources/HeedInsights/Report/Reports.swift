import Foundation
import HeedCore
import HeedStore

/// A workspace's reports, read from its reporting events: the period's conversations and everything that happened
/// to them up to now, measured by the workspace's ``ReportingPolicy``.
public struct Reports: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    let workingTime: any WorkingTime

    public init(store: any SupportStore, clock: any WallClock, workingTime: any WorkingTime = CalendarTime()) {
        self.store = store
        self.clock = clock
        self.workingTime = workingTime
    }

    /// The workspace's business hours, if it has set them.
    public func businessHours(workspaceID: UUID) async throws -> BusinessHours? {
        try await store.read { try await $0.workspace(id: workspaceID) }?.policy.businessHours
    }

    /// The same reports with durations measured by `workingTime` (e.g. ``BusinessTime`` for business hours).
    public func measuring(in workingTime: any WorkingTime) -> Reports {
        Reports(store: store, clock: clock, workingTime: workingTime)
    }

    /// The workspace's reporting settings (its time zone cuts days for the caller's period too).
    public func policy(workspaceID: UUID) async throws -> ReportingPolicy {
        try await store.read { try await $0.workspace(id: workspaceID) }?.policy.reporting ?? ReportingPolicy()
    }

    /// The outcome of every conversation created in `period`, in creation order: from each conversation's stored
    /// facts, derived again from its events (and stored) where a newer event made them stale.
    public func outcomes(workspaceID: UUID, period: ReportPeriod, policy: ReportingPolicy) async throws
        -> [ConversationOutcome]
    {
        let rows = try await store.read {
            try await $0.reportFacts(workspaceID: workspaceID, createdFrom: period.start, to: period.end)
        }
        let stamp = ConversationFacts.stamp(policy: policy, workingTime: workingTime)
        var facts = rows.map { row in
            row.facts.flatMap {
                ConversationFacts(
                    packed: $0, stamp: stamp, conversationID: row.conversationID, createdAt: row.conversationCreatedAt)
            }
        }
        let stale = rows.indices.filter { facts[$0] == nil }
        if !stale.isEmpty {
            let derived = try await derive(stale.map { rows[$0] }, workspaceID: workspaceID, period: period, policy: policy)
            for index in stale { facts[index] = derived[rows[index].conversationID] }
            let saved = stale.compactMap { index in
                derived[rows[index].conversationID].map {
                    var row = rows[index]
                    row.facts = $0.packed(stamp: stamp)
                    return row
                }
            }
            // A cache: a failed save only means the next report derives these again.
            try? await store.write { try await $0.save(reportFacts: saved, workspaceID: workspaceID) }
        }
        let asOf = clock.now()
        return facts.compactMap { $0?.outcome(asOf: asOf, policy: policy, workingTime: workingTime) }
    }

    /// Facts of the stale rows from their events: read by conversation when few, by the whole period when many.
    private func derive(
        _ stale: [StoredReportFacts], workspaceID: UUID, period: ReportPeriod, policy: ReportingPolicy
    ) async throws -> [UUID: ConversationFacts] {
        let ids = stale.map(\.conversationID)
        let wanted = Set(ids)
        let events = try await store.read { reader in
            ids.count > 2_000
                ? try await reader.reportEvents(workspaceID: workspaceID, createdFrom: period.start, to: period.end)
                    .filter { wanted.contains($0.conversationID) }
                : try await reader.reportEvents(workspaceID: workspaceID, conversationIDs: ids)
        }
        let reader = OutcomeReader(policy: policy, workingTime: workingTime, asOf: clock.now())
        return Dictionary(
            ConversationTimeline.group(events).map { ($0.conversationID, reader.facts(of: $0)) }
        ) { first, _ in first }
    }

    /// Every KPI of the period and of the one before, with the AI and humans side by side.
    public func summary(workspaceID: UUID, period: ReportPeriod) async throws -> SummaryReport {
        let policy = try await policy(workspaceID: workspaceID)
        let (current, previous) = try await bothPeriods(workspaceID: workspaceID, period: period, policy: policy)
        return SummaryReport(
            from: period.start, to: period.end, timeZone: policy.timeZone, current: KPISummary(current),
            previous: KPISummary(previous), comparison: AIHumanComparison(current))
    }

    /// The period's KPIs per value of `dimension`, beside the previous period's.
    public func breakdown(workspaceID: UUID, period: ReportPeriod, by dimension: ReportDimension) async throws
        -> BreakdownReport
    {
        let policy = try await policy(workspaceID: workspaceID)
        let (current, previous) = try await bothPeriods(workspaceID: workspaceID, period: period, policy: policy)
        let names = try await labels(of: dimension, workspaceID: workspaceID)
        var rows = ReportAggregation.breakdown(current: current, previous: previous, by: dimension)
        for index in rows.indices { rows[index].label = rows[index].key.flatMap { names[$0] } ?? rows[index].key }
        return BreakdownReport(from: period.start, to: period.end, by: dimension, rows: rows)
    }

    /// Team and agent names by id, for a breakdown's labels; other dimensions are their own labels.
    private func labels(of dimension: ReportDimension, workspaceID: UUID) async throws -> [String: String] {
        func all<T: Sendable>(_ list: @escaping @Sendable (any StoreReader, PageRequest) async throws -> Page<T>)
            async throws -> [T]
        {
            try await store.read { reader in
                var items: [T] = []
                var cursor: String?
                repeat {
                    let page = try await list(reader, PageRequest(cursor: cursor, limit: PageRequest.maximumLimit))
                    items += page.items
                    cursor = page.nextCursor
                } while cursor != nil
                return items
            }
        }
        switch dimension {
        case .team:
            let teams = try await all { try await $0.teams(workspaceID: workspaceID, page: $1) }
            return Dictionary(teams.map { ($0.id.uuidString, $0.name) }) { first, _ in first }
        case .agent:
            let agents = try await all { try await $0.agents(workspaceID: workspaceID, page: $1) }
            return Dictionary(agents.map { ($0.id.uuidString, $0.name) }) { first, _ in first }
        case .channel, .language, .intent, .priority, .customerTier:
            return [:]
        }
    }

    /// One KPI per day or week of the period.
    public func timeSeries(workspaceID: UUID, period: ReportPeriod, metric: KPIMetric, interval: SeriesInterval)
        async throws -> TimeSeriesReport
    {
        let policy = try await policy(workspaceID: workspaceID)
        let outcomes = try await outcomes(workspaceID: workspaceID, period: period, policy: policy)
        return TimeSeriesReport(
            from: period.start, to: period.end, metric: metric, interval: interval,
            points: ReportAggregation.series(
                outcomes, metric: metric, interval: interval, period: period, zone: policy.zone))
    }

    /// The period's conversations, newest first, at most `limit`: all of them, or those whose `dimension` has
    /// `value` (an empty value: those where it is not known).
    public func conversations(
        workspaceID: UUID, period: ReportPeriod, by dimension: ReportDimension?, value: String?, limit: Int
    ) async throws -> ConversationsReport {
        let policy = try await policy(workspaceID: workspaceID)
        var matching = try await outcomes(workspaceID: workspaceID, period: period, policy: policy)
        if let dimension {
            let wanted = value.flatMap { $0.isEmpty ? nil : $0 }
            matching = matching.filter { $0.dimensions[dimension] == wanted }
        }
        return ConversationsReport(
            from: period.start, to: period.end, by: dimension, value: value, total: matching.count,
            rows: matching.reversed().prefix(limit).map(ConversationReportRow.init))
    }

    /// One CSV row per conversation of the period (see ``ConversationCSV``).
    public func export(workspaceID: UUID, period: ReportPeriod) async throws -> String {
        let policy = try await policy(workspaceID: workspaceID)
        return ConversationCSV.render(try await outcomes(workspaceID: workspaceID, period: period, policy: policy))
    }

    private func bothPeriods(workspaceID: UUID, period: ReportPeriod, policy: ReportingPolicy) async throws
        -> ([ConversationOutcome], [ConversationOutcome])
    {
        async let current = outcomes(workspaceID: workspaceID, period: period, policy: policy)
        async let previous = outcomes(workspaceID: workspaceID, period: period.previous, policy: policy)
        return try await (current, previous)
    }
}
