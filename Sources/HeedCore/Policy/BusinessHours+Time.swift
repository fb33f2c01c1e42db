import Foundation

extension BusinessHours {
    /// How far ahead opening hours are looked for (a calendar that never opens gives no time at all).
    static let horizonDays = 400

    /// The open intervals from the local day of `date` on, in order, each cut to start no earlier than `date`.
    func openIntervals(from date: Date) -> some Sequence<DateInterval> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? .gmt
        let firstDay = calendar.startOfDay(for: date)
        let holidays = holidays
        let weekly = weekly
        return (0..<Self.horizonDays).lazy.flatMap { offset -> [DateInterval] in
            guard let day = calendar.date(byAdding: .day, value: offset, to: firstDay) else { return [] }
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            let key = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            guard !holidays.contains(key),
                let weekday = Weekday.allCases.first(where: { $0.calendarWeekday == parts.weekday })
            else { return [] }
            return (weekly[weekday] ?? []).compactMap { period in
                guard let start = calendar.date(byAdding: .minute, value: period.from, to: day),
                    let end = calendar.date(byAdding: .minute, value: period.to, to: day), end > date
                else { return nil }
                return DateInterval(start: max(start, date), end: end)
            }
        }
    }

    /// Whether people are in at `date`.
    public func isOpen(at date: Date) -> Bool {
        guard let first = openIntervals(from: date).first(where: { _ in true }) else { return false }
        return first.start <= date
    }

    /// When people are next in: `date` itself while open, else the start of the next open period.
    public func nextOpening(after date: Date) -> Date? {
        openIntervals(from: date).first(where: { _ in true })?.start
    }

    /// The open seconds between `start` and `end`: the clock runs only inside the open periods, not on holidays.
    public func openSeconds(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        var total: TimeInterval = 0
        for interval in openIntervals(from: start) {
            if interval.start >= end { break }
            total += min(interval.end, end).timeIntervalSince(interval.start)
        }
        return total
    }

    /// The moment `duration` seconds of open time have passed since `start`: the clock stops outside the open
    /// periods and on holidays. Nil when the calendar never opens within its horizon.
    public func adding(openTime duration: TimeInterval, to start: Date) -> Date? {
        var left = duration
        for interval in openIntervals(from: start) {
            if interval.duration >= left { return interval.start.addingTimeInterval(left) }
            left -= interval.duration
        }
        return nil
    }
}

extension WorkspacePolicy {
    /// When the people of team `team` (or of the workspace) answer next, while they are out at `now`; nil while
    /// they are in, or when no business hours are set (they answer around the clock). The AI answers regardless.
    public func repliesFrom(team: String?, at now: Date) -> Date? {
        guard let hours = businessHours(forTeam: team), !hours.isOpen(at: now) else { return nil }
        return hours.nextOpening(after: now)
    }
}
