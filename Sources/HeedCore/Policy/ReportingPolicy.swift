import Foundation

/// How a workspace's reports count: the time zone days and weeks are cut in, what an agent's hour and an AI
/// resolution cost, and when a customer who says nothing more counts as helped by the AI. See `docs/reports.md`.
public struct ReportingPolicy: Sendable, Codable, Hashable {
    /// The IANA time zone of the workspace (`Europe/Riga`, `Asia/Ho_Chi_Minh`); days and weeks begin at its midnight.
    public var timeZone: String
    /// What one hour of an agent's handle time costs, in the workspace's currency.
    public var agentHourCost: Double
    /// What one conversation resolved by the AI costs (model and platform fees), in the same currency.
    public var aiResolutionCost: Double
    /// After the AI's last answer, how long the customer must stay silent for it to count as resolved by the AI.
    public var aiResolutionWindowMinutes: Int
    /// Intents that are small talk (hello, thanks, bye): the AI's replies to them are not answers.
    public var greetingIntents: [String]

    /// The allowed range of ``aiResolutionWindowMinutes`` (one minute to thirty days).
    public static let aiResolutionWindowRange = 1...43_200

    public init(
        timeZone: String = "UTC", agentHourCost: Double = 30, aiResolutionCost: Double = 0.5,
        aiResolutionWindowMinutes: Int = 1_440, greetingIntents: [String] = ["greeting", "thanks", "goodbye"]
    ) {
        self.timeZone = timeZone
        self.agentHourCost = agentHourCost
        self.aiResolutionCost = aiResolutionCost
        self.aiResolutionWindowMinutes = aiResolutionWindowMinutes
        self.greetingIntents = greetingIntents
    }

    /// The time zone, UTC when the name is unknown.
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? .gmt }

    enum CodingKeys: String, CodingKey {
        case timeZone = "time_zone"
        case agentHourCost = "agent_hour_cost"
        case aiResolutionCost = "ai_resolution_cost"
        case aiResolutionWindowMinutes = "ai_resolution_window_minutes"
        case greetingIntents = "greeting_intents"
    }

    /// Decodes the settings; missing keys keep their defaults, so stored policies without them still load.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ReportingPolicy()
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? defaults.timeZone
        agentHourCost = try c.decodeIfPresent(Double.self, forKey: .agentHourCost) ?? defaults.agentHourCost
        aiResolutionCost = try c.decodeIfPresent(Double.self, forKey: .aiResolutionCost) ?? defaults.aiResolutionCost
        aiResolutionWindowMinutes =
            try c.decodeIfPresent(Int.self, forKey: .aiResolutionWindowMinutes) ?? defaults.aiResolutionWindowMinutes
        greetingIntents = try c.decodeIfPresent([String].self, forKey: .greetingIntents) ?? defaults.greetingIntents
    }
}
