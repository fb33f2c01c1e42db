import Foundation
import HeedCore
import HeedStore

/// A hand-off about to happen: why, where the conversation goes (team, agent, priority, SLA) and when. Made by
/// ``HandoffAct``, applied to the conversation in the same transaction as the AI's notice to the customer.
struct HandoffPlan: Sendable {
    let reason: HandoffReason
    let route: HandoffRoute
    /// Which limit was passed, in words, for `policy_limit`.
    let detail: String?
    /// The expected first-response time of the route's priority, as told to the customer.
    let etaMinutes: Int
    /// The team is out of its business hours now: the customer is told it answers when back, not a wait in minutes.
    var teamAway = false
    let at: Date

    /// The conversation once a human has it: routed, prioritised, with SLA due times. The AI's notice is not a
    /// human's first response: the SLA clock keeps running until an agent answers.
    func apply(to conversation: inout Conversation, firstResponseBefore: Date?) {
        conversation.handler = .human
        conversation.status = .open
        conversation.escalationReason = reason.rawValue
        conversation.handedOffAt = at
        conversation.teamID = route.team?.id ?? conversation.teamID
        conversation.assigneeID = conversation.assigneeID ?? route.assignee?.id
        conversation.priority = route.priority
        conversation.firstResponseDueAt = route.firstResponseDue
        conversation.resolutionDueAt = route.resolutionDue
        conversation.firstResponseAt = firstResponseBefore
    }

    /// The audit record of the hand-off.
    func auditEvent(conversationID: UUID, workspaceID: UUID) -> AuditEvent {
        AuditEvent(
            workspaceID: workspaceID, actor: Actor(kind: .ai), action: "conversation.handoff",
            subjectType: "conversation", subjectID: conversationID, reason: reason.rawValue,
            details: [
                "team": route.team.map { .string($0.name) } ?? .null, "priority": .string(route.priority.rawValue),
                "assignee_id": route.assignee.map { .string($0.id.uuidString) } ?? .null,
                "detail": detail.map { .string($0) } ?? .null, "routed_by": .string(route.routedBy),
            ],
            createdAt: at)
    }

    /// The facts of the `conversation.handoff` event.
    var eventDetails: [String: JSONValue] {
        [
            "reason": .string(reason.rawValue), "team": route.team.map { .string($0.name) } ?? .null,
            "eta_minutes": .number(Double(etaMinutes)), "detail": detail.map { .string($0) } ?? .null,
        ]
    }
}

/// A turn's "act" step. Today the one action the AI takes on a conversation is handing it to a human: choosing the
/// team (routing map, teams' intents, the learned model, the fallback), the priority, the SLA due times and an
/// agent with room. (Tool calls on the customer's own data join this step with HeedActions.)
struct HandoffAct: Sendable {
    let store: any SupportStore
    let learnedRouting: LearnedRouting
    let clock: any WallClock

    /// Plans the hand-off of `conversation` for `reason`, from its topics and the customer's recent words.
    func plan(
        _ reason: HandoffReason, assessment: TurnAssessment, topics: [String], customerWords: [String],
        language: String, conversation: Conversation, policy: WorkspacePolicy
    ) async throws -> HandoffPlan {
        let now = clock.now()
        let learnedRouting = self.learnedRouting
        let route = try await store.read { reader in
            let teams = try await reader.teams(
                workspaceID: conversation.workspaceID, page: PageRequest(limit: PageRequest.maximumLimit)
            ).items
            let learned = learnedRouting.predict(
                customerWords.joined(separator: "\n"), workspaceID: conversation.workspaceID, teams: teams)
            return try await HandoffRouter(policy: policy, learned: learned).route(
                topics: topics, assessment: assessment, current: conversation, language: language, reader: reader, now: now)
        }
        return HandoffPlan(
            reason: reason, route: route,
            detail: reason == .policyLimit ? policy.limits.breach(aiRepliesSinceHuman: assessment.aiRepliesSinceHuman) : nil,
            etaMinutes: policy.serviceLevels.firstResponseMinutes[route.priority.rank - 1],
            teamAway: policy.repliesFrom(team: route.team?.name, at: now) != nil, at: now)
    }
}
