import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/policy`: the AI agent's hand-off thresholds, limits, SLA targets and routing map. Everyone reads; admins change.
struct PolicyController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("policy") { _, context in
            let principal = try context.requirePrincipal()
            guard let workspace = try await store.read({ try await $0.workspace(id: principal.workspaceID) }) else {
                throw HeedError.notFound("Workspace")
            }
            return try JSONResponse.make(workspace.policy)
        }
        group.put("policy") { request, context in
            let principal = try context.requireAdmin()
            let policy = try await body.decode(WorkspacePolicy.self, from: request)
            try Self.validate(policy)
            let now = clock.now()
            let saved = try await store.write { writer in
                guard var workspace = try await writer.workspace(id: principal.workspaceID) else {
                    throw HeedError.notFound("Workspace")
                }
                let teams = try await writer.teams(workspaceID: workspace.id, page: PageRequest(limit: PageRequest.maximumLimit))
                let names = Set(teams.items.map { $0.name.lowercased() })
                for (topic, team) in policy.routing where !names.contains(team.lowercased()) {
                    throw HeedError.invalidField("routing.\(topic)", "names no team of this workspace ('\(team)')")
                }
                if let fallback = policy.fallbackTeam, !names.contains(fallback.lowercased()) {
                    throw HeedError.invalidField("fallback_team", "names no team of this workspace ('\(fallback)')")
                }
                workspace.policy = policy
                workspace.updatedAt = now
                try await writer.update(workspace)
                try await writer.insert(
                    principal.auditEvent("policy.updated", subjectType: "workspace", subjectID: workspace.id, at: now))
                return workspace.policy
            }
            return try JSONResponse.make(saved)
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
        for (name, minutes) in [
            ("service_levels.first_response_minutes", policy.serviceLevels.firstResponseMinutes),
            ("service_levels.resolution_minutes", policy.serviceLevels.resolutionMinutes),
        ] where minutes.count != 4 || minutes.contains(where: { $0 <= 0 || $0 > 525_600 }) {
            throw HeedError.invalidField(name, "must list four positive minute counts, for P1 to P4")
        }
    }
}
