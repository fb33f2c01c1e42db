import Foundation

/// Every KPI over a set of conversations. Durations are mean working seconds (names ending `_seconds`), rates and
/// shares are 0–1, NPS is in points (−100…100), costs are in the workspace's currency; a KPI with nothing to
/// measure yet is nil (JSON null). The definitions are in `docs/reports.md`.
public struct KPISummary: Sendable, Hashable, Codable {
    public var conversations = 0
    public var resolved = 0
    public var handedOff = 0
    public var aiResolved = 0
    public var firstResponseSeconds: Double?
    public var aiFirstResponseSeconds: Double?
    public var firstResolutionSeconds: Double?
    public var fullResolutionSeconds: Double?
    public var handleSeconds: Double?
    public var firstContactResolution: Double?
    public var csat: Double?
    public var csatResponses = 0
    public var csatResponseRate: Double?
    public var nps: Double?
    public var npsResponses = 0
    public var aiResolutionRate: Double?
    public var handoffRate: Double?
    public var deflectionRate: Double?
    public var reopenRate: Double?
    public var slaAttainment: Double?
    public var costPerConversation: Double?
    public var totalCost: Double = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case conversations, resolved, csat, nps
        case handedOff = "handed_off"
        case aiResolved = "ai_resolved"
        case firstResponseSeconds = "first_response_seconds"
        case aiFirstResponseSeconds = "ai_first_response_seconds"
        case firstResolutionSeconds = "first_resolution_seconds"
        case fullResolutionSeconds = "full_resolution_seconds"
        case handleSeconds = "handle_seconds"
        case firstContactResolution = "first_contact_resolution"
        case csatResponses = "csat_responses"
        case csatResponseRate = "csat_response_rate"
        case npsResponses = "nps_responses"
        case aiResolutionRate = "ai_resolution_rate"
        case handoffRate = "handoff_rate"
        case deflectionRate = "deflection_rate"
        case reopenRate = "reopen_rate"
        case slaAttainment = "sla_attainment"
        case costPerConversation = "cost_per_conversation"
        case totalCost = "total_cost"
    }

    /// Encodes every KPI, the ones without a value as explicit nulls, so clients always see the whole shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in [
            (CodingKeys.conversations, conversations), (.resolved, resolved), (.handedOff, handedOff),
            (.aiResolved, aiResolved), (.csatResponses, csatResponses), (.npsResponses, npsResponses),
        ] {
            try c.encode(value, forKey: key)
        }
        for metric in KPIMetric.allCases {
            guard let key = CodingKeys(rawValue: metric.rawValue) else { continue }
            try c.encode(value(of: metric), forKey: key)
        }
    }
}
