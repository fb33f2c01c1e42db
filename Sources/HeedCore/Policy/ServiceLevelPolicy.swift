import Foundation

/// Service-level targets per priority: how soon a human must first answer and resolve.
public struct ServiceLevelPolicy: Sendable, Codable, Hashable {
    /// Minutes to first human response, by priority rank (P1…P4).
    public var firstResponseMinutes: [Int]
    /// Minutes to resolution, by priority rank (P1…P4).
    public var resolutionMinutes: [Int]

    public init(firstResponseMinutes: [Int] = [15, 60, 240, 1440], resolutionMinutes: [Int] = [240, 1440, 4320, 10080]) {
        self.firstResponseMinutes = firstResponseMinutes
        self.resolutionMinutes = resolutionMinutes
    }

    /// Due times for a conversation handed off at `start` with `priority`. With business `hours`, the clocks run
    /// only while open (a calendar that never opens leaves them running around the clock).
    public func dueTimes(priority: Priority, from start: Date, hours: BusinessHours? = nil)
        -> (firstResponse: Date, resolution: Date)
    {
        let index = priority.rank - 1
        let firstResponse = Double(firstResponseMinutes[index]) * 60
        let resolution = Double(resolutionMinutes[index]) * 60
        return (
            hours?.adding(openTime: firstResponse, to: start) ?? start.addingTimeInterval(firstResponse),
            hours?.adding(openTime: resolution, to: start) ?? start.addingTimeInterval(resolution)
        )
    }

    /// Whether a conversation has missed a due time at `now`.
    public static func isBreached(_ conversation: Conversation, at now: Date) -> Bool {
        if let due = conversation.firstResponseDueAt, conversation.firstResponseAt == nil || conversation.firstResponseAt! > due,
            now > due
        {
            return true
        }
        if let due = conversation.resolutionDueAt, conversation.resolvedAt == nil, now > due { return true }
        return false
    }

    enum CodingKeys: String, CodingKey {
        case firstResponseMinutes = "first_response_minutes"
        case resolutionMinutes = "resolution_minutes"
    }

    /// Decodes targets; a missing list keeps its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ServiceLevelPolicy()
        firstResponseMinutes = try c.decodeIfPresent([Int].self, forKey: .firstResponseMinutes) ?? defaults.firstResponseMinutes
        resolutionMinutes = try c.decodeIfPresent([Int].self, forKey: .resolutionMinutes) ?? defaults.resolutionMinutes
    }
}
