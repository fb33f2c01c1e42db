import Foundation

/// When people answer: open periods per weekday in a time zone, and holidays (local dates) when nobody does.
/// SLA clocks run only while open; the AI answers at any hour regardless.
///
/// JSON: `{"time_zone": "Asia/Ho_Chi_Minh", "weekly": {"monday": [{"from": "09:00", "to": "17:30"}], …},
/// "holidays": ["2027-01-01"]}`.
public struct BusinessHours: Sendable, Codable, Hashable {
    /// A day of the week, by its English name on the wire.
    public enum Weekday: String, Sendable, Codable, Hashable, CaseIterable {
        case sunday, monday, tuesday, wednesday, thursday, friday, saturday

        /// Calendar's weekday number (1 = Sunday).
        var calendarWeekday: Int { Self.allCases.firstIndex(of: self)! + 1 }
    }

    /// An open period of one day, in minutes after local midnight; `to` may be 24:00.
    public struct Period: Sendable, Hashable, Codable {
        public var from: Int
        public var to: Int

        public init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }

        /// `from`–`to` given as "HH:mm".
        public init(_ from: String, _ to: String) throws {
            self.init(from: try Self.minutes(from, field: "from"), to: try Self.minutes(to, field: "to"))
        }

        static func minutes(_ text: String, field: String) throws -> Int {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...59).contains(minutes),
                (0...23).contains(hours) || (hours == 24 && minutes == 0)
            else { throw HeedError.invalidField(field, "must be a time such as '09:00'") }
            return hours * 60 + minutes
        }

        static func text(_ minutes: Int) -> String {
            String(format: "%02d:%02d", minutes / 60, minutes % 60)
        }

        enum CodingKeys: String, CodingKey { case from, to }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try self.init(try c.decode(String.self, forKey: .from), try c.decode(String.self, forKey: .to))
            guard self.from < self.to else { throw HeedError.invalidField("to", "must be after 'from'") }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(Self.text(from), forKey: .from)
            try c.encode(Self.text(to), forKey: .to)
        }
    }

    /// An IANA time zone name, e.g. `Europe/Riga`.
    public var timeZone: String
    public var weekly: [Weekday: [Period]]
    /// Local dates (`yyyy-MM-dd`) with no opening at all.
    public var holidays: Set<String>

    public init(timeZone: String, weekly: [Weekday: [Period]], holidays: Set<String> = []) {
        self.timeZone = timeZone
        self.weekly = weekly
        self.holidays = holidays
    }

    enum CodingKeys: String, CodingKey {
        case weekly, holidays
        case timeZone = "time_zone"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        timeZone = try c.decode(String.self, forKey: .timeZone)
        guard TimeZone(identifier: timeZone) != nil else {
            throw HeedError.invalidField("time_zone", "must be a time zone name such as 'Asia/Ho_Chi_Minh'")
        }
        let days = try c.decodeIfPresent([String: [Period]].self, forKey: .weekly) ?? [:]
        var weekly: [Weekday: [Period]] = [:]
        for (name, periods) in days {
            guard let day = Weekday(rawValue: name.lowercased()) else {
                throw HeedError.invalidField("weekly", "has '\(name)', not a weekday such as 'monday'")
            }
            weekly[day] = periods.sorted { $0.from < $1.from }
        }
        self.weekly = weekly
        let holidays = try c.decodeIfPresent([String].self, forKey: .holidays) ?? []
        for day in holidays where day.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw HeedError.invalidField("holidays", "has '\(day)', not a date such as '2027-01-01'")
        }
        self.holidays = Set(holidays)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(Dictionary(uniqueKeysWithValues: weekly.map { ($0.key.rawValue, $0.value) }), forKey: .weekly)
        try c.encode(holidays.sorted(), forKey: .holidays)
    }
}
