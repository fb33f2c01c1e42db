import Foundation
import HeedCore
import HeedStore

/// Where a handed-off conversation goes: team, priority, SLA due times and, when someone has room, an agent.
struct HandoffRoute: Sendable {
    let team: Team?
    /// What chose the team: `current`, `routing_map`, `team_intents`, `learned_model`, `fallback` (or `none`).
    let routedBy: String
    let assignee: Agent?
    let priority: Priority
    let firstResponseDue: Date
    let resolutionDue: Date
}

/// Routes a conversation at handoff from its topics and the workspace's policy, teams and agents' load.
struct HandoffRouter: Sendable {
    let policy: WorkspacePolicy
    /// The workspace's learned model's guess from the customer's recent words, if it has a model.
    var learned: LearnedTeamPrediction? = nil

    func route(
        topics: [String], assessment: TurnAssessment, current: Conversation, language: String,
        reader: any StoreReader, now: Date
    ) async throws -> HandoffRoute {
        let workspaceID = current.workspaceID
        let teams = try await reader.teams(workspaceID: workspaceID, page: PageRequest(limit: 200)).items
        let (team, routedBy) = Self.chooseTeam(
            topics: topics, teams: teams, policy: policy, current: current, learned: learned,
            topicConfidence: Self.topicConfidence(assessment))
        let priority = min(PriorityPolicy.priority(for: assessment), current.priority)
        let due = policy.serviceLevels.dueTimes(
            priority: priority, from: now, hours: policy.businessHours(forTeam: team?.name))
        var assignee: Agent?
        if let team, current.assigneeID == nil {
            let agents = try await reader.agents(workspaceID: workspaceID, page: PageRequest(limit: 200)).items
                .filter { $0.teamIDs.contains(team.id) }
            var loads: [UUID: Int] = [:]
            for agent in agents {
                loads[agent.id] = try await reader.conversations(
                    workspaceID: workspaceID, filter: ConversationFilter(status: .open, assigneeID: agent.id),
                    page: PageRequest(limit: PageRequest.maximumLimit)
                ).items.count
            }
            assignee = RoutingPolicy.assignee(in: team, agents: agents, openConversations: loads, language: language)
        }
        return HandoffRoute(
            team: team, routedBy: routedBy, assignee: assignee, priority: priority, firstResponseDue: due.firstResponse,
            resolutionDue: due.resolution)
    }

    /// How far the topics of the message's best article are trusted for routing: not at all for a request for a
    /// person or a sensitive matter (a fire, a fraud), which find some article while what the customer says routes
    /// better; else the article's retrieval confidence.
    static func topicConfidence(_ assessment: TurnAssessment) -> Double {
        assessment.humanRequested >= 0.5 || !assessment.sensitiveTopics.isEmpty ? 0 : assessment.intentConfidence
    }

    /// Below this retrieval confidence the topics of the message's best article do not outrank the learned model.
    static let weakTopicConfidence = 0.6

    /// The team the conversation already has; else the workspace's routing map, then the teams' own intents, then
    /// the learned model's prediction when it is confident enough, then the fallback team (or the first team).
    static func chooseTeam(
        topics: [String], teams: [Team], policy: WorkspacePolicy, current: Conversation,
        learned: LearnedTeamPrediction? = nil, topicConfidence: Double = 1
    ) -> (team: Team?, routedBy: String) {
        func named(_ name: String) -> Team? {
            teams.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        }
        if let teamID = current.teamID, let team = teams.first(where: { $0.id == teamID }) { return (team, "current") }
        // Topics from an article the message barely matched ("put me through to a person about my parcel" finds
        // some article) are a weaker clue than a confident prediction from the customer's own words.
        if topicConfidence < Self.weakTopicConfidence, let learned,
            learned.confidence >= policy.learnedRoutingMinimumConfidence, let team = named(learned.team)
        {
            return (team, "learned_model")
        }
        for topic in topics {
            if let name = policy.routing[topic.lowercased()], let team = named(name) { return (team, "routing_map") }
        }
        if let team = RoutingPolicy.team(for: topics, teams: teams) { return (team, "team_intents") }
        if let learned, learned.confidence >= policy.learnedRoutingMinimumConfidence, let team = named(learned.team) {
            return (team, "learned_model")
        }
        if let team = policy.fallbackTeam.flatMap(named) ?? teams.first { return (team, "fallback") }
        return (nil, "none")
    }
}
