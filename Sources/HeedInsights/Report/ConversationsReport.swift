import Foundation

/// The conversations behind a figure — a day of a chart, a team's row of a breakdown — newest first, each with
/// the measures that make it count (for drilling down from a report to the conversations themselves).
public struct ConversationsReport: Sendable, Hashable, Codable {
    public var from: Date
    public var to: Date
    public var by: ReportDimension?
    public var value: String?
    /// Conversations matching, before the limit.
    public var total: Int
    public var rows: [ConversationReportRow]

    /// Encodes every field, an absent dimension or value as an explicit null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(by, forKey: .by)
        try c.encode(value, forKey: .value)
        try c.encode(total, forKey: .total)
        try c.encode(rows, forKey: .rows)
    }
}

/// One conversation of a ``ConversationsReport``.
public struct ConversationReportRow: Sendable, Hashable, Codable {
    public var conversationID: UUID
    public var createdAt: Date
    public var channel: String?
    public var language: String?
    public var intent: String?
    public var teamID: String?
    public var priority: String?
    public var handedOff: Bool
    public var aiResolved: Bool
    public var resolved: Bool
    public var csat: Int?
    public var firstResponseSeconds: Double?
    public var fullResolutionSeconds: Double?

    public init(_ outcome: ConversationOutcome) {
        conversationID = outcome.conversationID
        createdAt = outcome.createdAt
        channel = outcome.dimensions[.channel]
        language = outcome.dimensions[.language]
        intent = outcome.dimensions[.intent]
        teamID = outcome.dimensions[.team]
        priority = outcome.dimensions[.priority]
        handedOff = outcome.handedOff
        aiResolved = outcome.aiResolved
        resolved = outcome.resolved
        csat = outcome.csat
        firstResponseSeconds = outcome.firstResponseSeconds
        fullResolutionSeconds = outcome.fullResolutionSeconds
    }

    enum CodingKeys: String, CodingKey {
        case channel, language, intent, priority, resolved, csat
        case conversationID = "conversation_id", createdAt = "created_at", teamID = "team_id"
        case handedOff = "handed_off", aiResolved = "ai_resolved"
        case firstResponseSeconds = "first_response_seconds", fullResolutionSeconds = "full_resolution_seconds"
    }

    /// Encodes every field, absent values as explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(conversationID, forKey: .conversationID)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(channel, forKey: .channel)
        try c.encode(language, forKey: .language)
        try c.encode(intent, forKey: .intent)
        try c.encode(teamID, forKey: .teamID)
        try c.encode(priority, forKey: .priority)
        try c.encode(handedOff, forKey: .handedOff)
        try c.encode(aiResolved, forKey: .aiResolved)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(csat, forKey: .csat)
        try c.encode(firstResponseSeconds, forKey: .firstResponseSeconds)
        try c.encode(fullResolutionSeconds, forKey: .fullResolutionSeconds)
    }
}
