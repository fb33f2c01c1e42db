import Foundation
import HeedCore

/// The reports as pure functions of the conversations' outcomes.
public enum ReportAggregation {
    /// The KPIs of each value of `dimension`, now and in the previous period, largest group first (ties by key).
    public static func breakdown(
        current: [ConversationOutcome], previous: [ConversationOutcome], by dimension: ReportDimension
    ) -> [BreakdownRow] {
        let now = Dictionary(grouping: current) { $0.dimensions[dimension] }
        let before = Dictionary(grouping: previous) { $0.dimensions[dimension] }
        return now.map { key, outcomes in
            BreakdownRow(key: key, label: nil, current: KPISummary(outcomes), previous: KPISummary(before[key] ?? []))
        }.sorted {
            $0.current.conversations != $1.current.conversations
                ? $0.current.conversations > $1.current.conversations : ($0.key ?? "") < ($1.key ?? "")
        }
    }

    /// `metric` per bucket of `period`, by the conversations' creation time in `zone`.
    public static func series(
        _ outcomes: [ConversationOutcome], metric: KPIMetric, interval: SeriesInterval, period: ReportPeriod,
        zone: TimeZone
    ) -> [SeriesPoint] {
        let calendar = Calendar.reporting(zone)
        let component: Calendar.Component = interval == .day ? .day : .weekOfYear
        func bucket(_ date: Date) -> Date { calendar.dateInterval(of: component, for: date)?.start ?? date }
        let grouped = Dictionary(grouping: outcomes) { bucket($0.createdAt) }
        var points: [SeriesPoint] = []
        var start = bucket(period.start)
        while start < period.end {
            let members = grouped[start] ?? []
            let value = members.isEmpty && metric != .conversations ? nil : KPISummary(members).value(of: metric)
            points.append(SeriesPoint(start: start, conversations: members.count, value: value))
            guard let next = calendar.date(byAdding: component, value: 1, to: start), next > start else { break }
            start = next
        }
        return points
    }
}
