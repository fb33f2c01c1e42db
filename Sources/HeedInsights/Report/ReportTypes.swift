import Foundation

/// The AI and humans side by side, on the same measures: conversations no human touched, and the others.
public struct AIHumanComparison: Sendable, Hashable, Codable {
    public var ai: KPISummary
    public var human: KPISummary

    /// Splits `outcomes` by whether a human took part.
    public init(_ outcomes: [ConversationOutcome]) {
        ai = KPISummary(outcomes.filter { !$0.humanInvolved })
        human = KPISummary(outcomes.filter(\.humanInvolved))
    }
}

/// The period's KPIs beside the previous period's, with the AI-vs-human comparison.
public struct SummaryReport: Sendable, Hashable, Codable {
    public var from: Date
    public var to: Date
    public var timeZone: String
    public var current: KPISummary
    public var previous: KPISummary
    public var comparison: AIHumanComparison

    enum CodingKeys: String, CodingKey {
        case from, to, current, previous, comparison
        case timeZone = "time_zone"
    }
}

/// One group of a breakdown: the dimension's value (nil: not known), its name for people (a team's or agent's
/// name), and the group's KPIs now and before.
public struct BreakdownRow: Sendable, Hashable, Codable {
    public var key: String?
    public var label: String?
    public var current: KPISummary
    public var previous: KPISummary

    /// Encodes every field, an absent key or label as an explicit null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(label, forKey: .label)
        try c.encode(current, forKey: .current)
        try c.encode(previous, forKey: .previous)
    }
}

/// The period's KPIs per value of a dimension, largest group first.
public struct BreakdownReport: Sendable, Hashable, Codable {
    public var from: Date
    public var to: Date
    public var by: ReportDimension
    public var rows: [BreakdownRow]
}

/// How long a time series' buckets are.
public enum SeriesInterval: String, Sendable, Codable, Hashable, CaseIterable {
    /// From midnight to midnight in the workspace's zone.
    case day
    /// Monday to Monday (ISO 8601) in the workspace's zone.
    case week
}

/// One bucket of a time series: the conversations created in it, and the KPI over them.
public struct SeriesPoint: Sendable, Hashable, Codable {
    public var start: Date
    public var conversations: Int
    public var value: Double?

    /// Encodes every field, an absent value as an explicit null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(conversations, forKey: .conversations)
        try c.encode(value, forKey: .value)
    }
}

/// One KPI per day or week of the period, every bucket present (empty ones with no value).
public struct TimeSeriesReport: Sendable, Hashable, Codable {
    public var from: Date
    public var to: Date
    public var metric: KPIMetric
    public var interval: SeriesInterval
    public var points: [SeriesPoint]
}
