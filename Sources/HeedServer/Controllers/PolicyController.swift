import Foundation
import HeedCore
import HeedLanguage
import HeedStore
import Hummingbird

/// `/api/v1/policy`: the AI agent's hand-off thresholds, limits, SLA targets and routing map. Everyone reads; admins change.
struct PolicyController: RecordsController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("policy", use: show)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.put("policy", use: replace)
        return routes
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(try await records.workspace(of: context.principal).policy)
    }

    @Sendable func replace(_ request: Request, context: AdminContext) async throws -> Response {
        let policy = try await body.decode(WorkspacePolicy.self, from: request)
        try Self.validate(policy)
        let saved = try await records.changeWorkspace(of: context.principal, action: "policy.updated") { workspace, writer in
            try await Self.checkTeamNames(policy, workspaceID: workspace.id, reader: writer)
            workspace.policy = policy
        }
        return try JSONResponse.make(saved.policy)
    }

    /// The routing map and the fallback team name teams of the workspace.
    private static func checkTeamNames(_ policy: WorkspacePolicy, workspaceID: UUID, reader: any StoreReader) async throws {
        let teams = try await reader.teams(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit))
        let names = Set(teams.items.map { $0.name.lowercased() })
        for (topic, team) in policy.routing where !names.contains(team.lowercased()) {
            throw HeedError.invalidField("routing.\(topic)", "names no team of this workspace ('\(team)')")
        }
        if let fallback = policy.fallbackTeam, !names.contains(fallback.lowercased()) {
            throw HeedError.invalidField("fallback_team", "names no team of this workspace ('\(fallback)')")
        }
    }

    /// Thresholds are probabilities, counts are sensible, SLA targets are four positive minute counts.
    static func validate(_ policy: WorkspacePolicy) throws {
        let handoff = policy.handoff
        for (name, value) in [
            ("handoff.human_request_threshold", handoff.humanRequestThreshold),
            ("handoff.anger_threshold", handoff.angerThreshold),
            ("handoff.minimum_answer_confidence", handoff.minimumAnswerConfidence),
            ("handoff.clarify_margin", handoff.clarifyMargin),
            ("learned_routing_min_confidence", policy.learnedRoutingMinimumConfidence),
        ] where !(0...1).contains(value) {
            throw HeedError.invalidField(name, "must be between 0 and 1")
        }
        _ = try Validate.integer(handoff.maxConsecutiveFailures, field: "handoff.max_consecutive_failures", in: 1...20)
        _ = try Validate.tags(handoff.sensitiveTopics, field: "handoff.sensitive_topics")
        _ = try Validate.integer(
            policy.limits.maxAIReplies, field: "limits.max_ai_replies", in: PolicyLimits.maxAIRepliesRange)
        try validatePrivacy(policy.privacy)
        try validateReporting(policy.reporting)
        try validateAutomation(policy.automation)
        for (name, minutes) in [
            ("service_levels.first_response_minutes", policy.serviceLevels.firstResponseMinutes),
            ("service_levels.resolution_minutes", policy.serviceLevels.resolutionMinutes),
        ] where minutes.count != 4 || minutes.contains(where: { $0 <= 0 || $0 > 525_600 }) {
            throw HeedError.invalidField(name, "must list four positive minute counts, for P1 to P4")
        }
    }

    /// A known time zone, costs that are not negative, a window within range.
    static func validateReporting(_ reporting: ReportingPolicy) throws {
        guard TimeZone(identifier: reporting.timeZone) != nil else {
            throw HeedError.invalidField("reporting.time_zone", "is not a known time zone (e.g. 'Europe/Riga')")
        }
        for (name, cost) in [("reporting.agent_hour_cost", reporting.agentHourCost), ("reporting.ai_resolution_cost", reporting.aiResolutionCost)]
        where !(cost.isFinite && cost >= 0) {
            throw HeedError.invalidField(name, "must be a number of at least 0")
        }
        _ = try Validate.integer(
            reporting.aiResolutionWindowMinutes, field: "reporting.ai_resolution_window_minutes",
            in: ReportingPolicy.aiResolutionWindowRange)
        _ = try Validate.tags(reporting.greetingIntents, field: "reporting.greeting_intents")
    }

    /// Timer hours, warning minutes and the survey throttle within range; follow-up and survey texts not empty.
    static func validateAutomation(_ automation: AutomationPolicy) throws {
        _ = try Validate.integer(
            automation.customerSilentHours, field: "automation.customer_silent_hours", in: AutomationPolicy.hoursRange)
        if let hours = automation.autoResolveHours {
            _ = try Validate.integer(hours, field: "automation.auto_resolve_hours", in: AutomationPolicy.hoursRange)
        }
        if let minutes = automation.slaWarningMinutes {
            _ = try Validate.integer(
                minutes, field: "automation.sla_warning_minutes", in: AutomationPolicy.warningMinutesRange)
        }
        _ = try Validate.integer(
            automation.surveyThrottleDays, field: "automation.survey_throttle_days", in: AutomationPolicy.throttleDaysRange)
        for (field, template) in [
            ("automation.follow_up", automation.followUp), ("automation.survey_subject", automation.surveySubject),
            ("automation.survey_text", automation.surveyText),
        ] {
            if let template, template.texts.values.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw HeedError.invalidField(field, "needs a text in at least one language")
            }
        }
    }

    /// Every kind named is one Heed detects, and none is stored less hidden than its minimum.
    static func validatePrivacy(_ privacy: PrivacyPolicy) throws {
        _ = try Validate.integer(
            privacy.behaviourRetentionDays, field: "privacy.behaviour_retention_days", in: PrivacyPolicy.retentionDaysRange)
        if let days = privacy.retentionDays {
            _ = try Validate.integer(days, field: "privacy.retention_days", in: PrivacyPolicy.retentionDaysRange)
        }
        for (kind, handling) in privacy.storage {
            guard PIIKind(rawValue: kind) != nil else {
                let kinds = PIIKind.allCases.map(\.rawValue).sorted().joined(separator: ", ")
                throw HeedError.invalidField("privacy.storage.\(kind)", "is not a kind of personal data (one of: \(kinds))")
            }
            if let minimum = PrivacyPolicy.minimumHandling[kind], !handling.isAtLeast(minimum) {
                throw HeedError.invalidField(
                    "privacy.storage.\(kind)", "cannot be '\(handling.rawValue)': at least '\(minimum.rawValue)' is required")
            }
        }
    }
}
