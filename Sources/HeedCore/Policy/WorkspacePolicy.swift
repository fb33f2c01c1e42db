/// A workspace's editable AI-agent policy: when to hand off, how fast humans must answer, and which topics go to
/// which team (team names, matched against a conversation's intent and topics).
public struct WorkspacePolicy: Sendable, Codable, Hashable {
    public var handoff: HandoffSettings
    public var serviceLevels: ServiceLevelPolicy
    /// Topic or intent → team name; consulted before the teams' own `intents`.
    public var routing: [String: String]
    /// The team that takes what matches no route (by name); nil: the first team.
    public var fallbackTeam: String?
    /// How far the AI goes on its own before a human must take over.
    public var limits: PolicyLimits
    /// The probability the learned routing model needs before its team is used (after the routing map and the
    /// teams' intents found nothing).
    public var learnedRoutingMinimumConfidence: Double
    /// What is stored of each kind of personal data.
    public var privacy: PrivacyPolicy
    /// When the workspace's people answer; nil: around the clock.
    public var businessHours: BusinessHours?
    /// Teams (by name) with hours of their own.
    public var teamBusinessHours: [String: BusinessHours]
    /// Which levels of personalisation the AI's replies use.
    public var personalization: PersonalizationPolicy
    /// How reports count: time zone, costs, the AI-resolution window.
    public var reporting: ReportingPolicy
    /// Timers (follow-ups, auto-resolve, SLA warnings) and other automation settings.
    public var automation: AutomationPolicy

    public init(
        handoff: HandoffSettings = HandoffSettings(), serviceLevels: ServiceLevelPolicy = ServiceLevelPolicy(),
        routing: [String: String] = [:], fallbackTeam: String? = nil, limits: PolicyLimits = PolicyLimits(),
        learnedRoutingMinimumConfidence: Double = 0.45, privacy: PrivacyPolicy = PrivacyPolicy(),
        businessHours: BusinessHours? = nil, teamBusinessHours: [String: BusinessHours] = [:],
        personalization: PersonalizationPolicy = PersonalizationPolicy(),
        reporting: ReportingPolicy = ReportingPolicy(), automation: AutomationPolicy = AutomationPolicy()
    ) {
        self.automation = automation
        self.businessHours = businessHours
        self.teamBusinessHours = teamBusinessHours
        self.privacy = privacy
        self.personalization = personalization
        self.reporting = reporting
        self.limits = limits
        self.learnedRoutingMinimumConfidence = learnedRoutingMinimumConfidence
        self.handoff = handoff
        self.serviceLevels = serviceLevels
        self.routing = routing
        self.fallbackTeam = fallbackTeam
    }

    enum CodingKeys: String, CodingKey {
        case handoff, routing, limits, privacy, personalization, reporting, automation
        case serviceLevels = "service_levels"
        case fallbackTeam = "fallback_team"
        case learnedRoutingMinimumConfidence = "learned_routing_min_confidence"
        case businessHours = "business_hours"
        case teamBusinessHours = "team_business_hours"
    }

    /// The hours of the team named `team` (case-insensitive) when it has its own, else the workspace's.
    public func businessHours(forTeam team: String?) -> BusinessHours? {
        guard let team else { return businessHours }
        return teamBusinessHours.first { $0.key.caseInsensitiveCompare(team) == .orderedSame }?.value ?? businessHours
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        handoff = try c.decodeIfPresent(HandoffSettings.self, forKey: .handoff) ?? HandoffSettings()
        serviceLevels = try c.decodeIfPresent(ServiceLevelPolicy.self, forKey: .serviceLevels) ?? ServiceLevelPolicy()
        routing = try c.decodeIfPresent([String: String].self, forKey: .routing) ?? [:]
        fallbackTeam = try c.decodeIfPresent(String.self, forKey: .fallbackTeam)
        limits = try c.decodeIfPresent(PolicyLimits.self, forKey: .limits) ?? PolicyLimits()
        learnedRoutingMinimumConfidence =
            try c.decodeIfPresent(Double.self, forKey: .learnedRoutingMinimumConfidence)
            ?? WorkspacePolicy().learnedRoutingMinimumConfidence
        privacy = try c.decodeIfPresent(PrivacyPolicy.self, forKey: .privacy) ?? PrivacyPolicy()
        businessHours = try c.decodeIfPresent(BusinessHours.self, forKey: .businessHours)
        teamBusinessHours = try c.decodeIfPresent([String: BusinessHours].self, forKey: .teamBusinessHours) ?? [:]
        personalization =
            try c.decodeIfPresent(PersonalizationPolicy.self, forKey: .personalization) ?? PersonalizationPolicy()
        reporting = try c.decodeIfPresent(ReportingPolicy.self, forKey: .reporting) ?? ReportingPolicy()
        automation = try c.decodeIfPresent(AutomationPolicy.self, forKey: .automation) ?? AutomationPolicy()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(handoff, forKey: .handoff)
        try c.encode(serviceLevels, forKey: .serviceLevels)
        try c.encode(routing, forKey: .routing)
        try c.encode(fallbackTeam, forKey: .fallbackTeam)
        try c.encode(limits, forKey: .limits)
        try c.encode(learnedRoutingMinimumConfidence, forKey: .learnedRoutingMinimumConfidence)
        try c.encode(privacy, forKey: .privacy)
        try c.encode(businessHours, forKey: .businessHours)
        try c.encode(teamBusinessHours, forKey: .teamBusinessHours)
        try c.encode(personalization, forKey: .personalization)
        try c.encode(reporting, forKey: .reporting)
        try c.encode(automation, forKey: .automation)
    }
}
