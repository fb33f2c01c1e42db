import Foundation

/// A daily period (`from`–`to`, "HH:mm", in the workspace's time zone) when campaigns send nothing; `to` before
/// `from` spans midnight (21:00–08:00).
public struct QuietHours: Sendable, Codable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// Minutes after midnight of an "HH:mm" text, nil when it is not one.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    /// Whether both times are "HH:mm" and differ.
    public var isValid: Bool {
        guard let start = Self.minutes(from), let end = Self.minutes(to) else { return false }
        return start != end
    }

    /// Whether `date` falls in the quiet period in `timeZone`.
    public func contains(_ date: Date, timeZone: TimeZone) -> Bool {
        guard let start = Self.minutes(from), let end = Self.minutes(to) else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let now = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return start < end ? (now >= start && now < end) : (now >= start || now < end)
    }
}
