import Foundation
import HeedCore
import HeedInsights
import Hummingbird

extension Request {
    /// The longest period a report may cover, in days.
    static let maximumReportDays = 366

    /// The report's period from `from` and `to`: days (`2026-11-02`, both included) in the workspace's `zone`, or
    /// ISO 8601 instants (`to` excluded). Without `to`, up to the end of today; without `from`, the 30 days up to `to`.
    func reportPeriod(zone: TimeZone, now: Date) throws -> ReportPeriod {
        let calendar = Calendar.reporting(zone)
        let end = try reportBound("to", zone: zone, dayEnd: true)
            ?? calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)) ?? now
        let start = try reportBound("from", zone: zone, dayEnd: false)
            ?? calendar.date(byAdding: .day, value: -30, to: end) ?? end
        guard start < end else {
            throw HeedError(.badRequest, code: .invalidQuery, message: "Query parameter 'from' must come before 'to'.")
        }
        guard end.timeIntervalSince(start) <= Double(Self.maximumReportDays) * 86_400 + 3_600 else {
            throw HeedError(
                .badRequest, code: .invalidQuery,
                message: "A report covers at most \(Self.maximumReportDays) days; narrow 'from' and 'to'.")
        }
        return ReportPeriod(start: start, end: end)
    }

    /// Query parameter `name` as the start of a day (or of the next one, for `dayEnd`) or an exact instant.
    private func reportBound(_ name: String, zone: TimeZone, dayEnd: Bool) throws -> Date? {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        if let instant = Timestamp.parse(text) { return instant }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let calendar = Calendar.reporting(zone)
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], text.count == 10,
            let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else {
            throw HeedError(
                .badRequest, code: .invalidQuery,
                message: "Query parameter '\(name)' must be a day (2026-11-02) or an ISO 8601 time (2026-11-02T09:00:00Z).")
        }
        return dayEnd ? calendar.date(byAdding: .day, value: 1, to: date) : date
    }

    /// Query parameter `name` as an enum value, required.
    func requiredQueryEnum<E: RawRepresentable & CaseIterable>(_ name: String, as type: E.Type) throws -> E
    where E.RawValue == String {
        guard let value = try queryEnum(name, as: type) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw HeedError(
                .badRequest, code: .invalidQuery, message: "Query parameter '\(name)' is required: one of \(allowed).")
        }
        return value
    }
}
