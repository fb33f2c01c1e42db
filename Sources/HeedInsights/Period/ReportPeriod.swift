import Foundation

/// The span a report covers: the conversations created from `start` (inclusive) to `end` (exclusive).
public struct ReportPeriod: Sendable, Hashable {
    public let start: Date
    public let end: Date

    /// A period; `end` must come after `start`.
    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    /// The whole days `first` to `last` (both included) as the workspace's clock shows them.
    public init(days first: DateComponents, through last: DateComponents, in zone: TimeZone) {
        let calendar = Calendar.reporting(zone)
        let start = calendar.date(from: first) ?? .distantPast
        let lastStart = calendar.date(from: last) ?? start
        self.init(start: start, end: calendar.date(byAdding: .day, value: 1, to: lastStart) ?? lastStart)
    }

    /// How long the period lasts.
    public var length: TimeInterval { end.timeIntervalSince(start) }

    /// The period of the same length just before this one, for comparison.
    public var previous: ReportPeriod { ReportPeriod(start: start.addingTimeInterval(-length), end: start) }

    /// Whether `date` falls in the period.
    public func contains(_ date: Date) -> Bool { date >= start && date < end }
}

extension Calendar {
    /// The calendar reports cut days and weeks with: ISO 8601 (weeks begin on Monday) in the workspace's zone.
    public static func reporting(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = zone
        return calendar
    }
}

/// Which clock a report's durations run on.
public enum ReportTime: String, Sendable, Codable, Hashable, CaseIterable {
    /// Every second counts.
    case calendar
    /// Only the workspace's business hours count (``BusinessTime``).
    case business
}
