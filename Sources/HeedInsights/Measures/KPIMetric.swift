/// A KPI a time series can follow: the name it has in a summary.
public enum KPIMetric: String, Sendable, Codable, Hashable, CaseIterable {
    case conversations
    case firstResponseSeconds = "first_response_seconds"
    case aiFirstResponseSeconds = "ai_first_response_seconds"
    case firstResolutionSeconds = "first_resolution_seconds"
    case fullResolutionSeconds = "full_resolution_seconds"
    case handleSeconds = "handle_seconds"
    case firstContactResolution = "first_contact_resolution"
    case csat
    case csatResponseRate = "csat_response_rate"
    case nps
    case aiResolutionRate = "ai_resolution_rate"
    case handoffRate = "handoff_rate"
    case deflectionRate = "deflection_rate"
    case reopenRate = "reopen_rate"
    case slaAttainment = "sla_attainment"
    case costPerConversation = "cost_per_conversation"
    case totalCost = "total_cost"
}

extension KPISummary {
    /// The value of one KPI.
    public func value(of metric: KPIMetric) -> Double? {
        switch metric {
        case .conversations: Double(conversations)
        case .firstResponseSeconds: firstResponseSeconds
        case .aiFirstResponseSeconds: aiFirstResponseSeconds
        case .firstResolutionSeconds: firstResolutionSeconds
        case .fullResolutionSeconds: fullResolutionSeconds
        case .handleSeconds: handleSeconds
        case .firstContactResolution: firstContactResolution
        case .csat: csat
        case .csatResponseRate: csatResponseRate
        case .nps: nps
        case .aiResolutionRate: aiResolutionRate
        case .handoffRate: handoffRate
        case .deflectionRate: deflectionRate
        case .reopenRate: reopenRate
        case .slaAttainment: slaAttainment
        case .costPerConversation: costPerConversation
        case .totalCost: totalCost
        }
    }
}
