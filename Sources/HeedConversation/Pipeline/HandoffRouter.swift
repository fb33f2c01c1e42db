import Foundation
import HeedCore
import HeedStore

/// Where a handed-off conversation goes: team, priority, SLA due times and, when someone has room, an agent.
struct HandoffRoute: Sendable {
    let team: Team?
    let assignee: Agent?
    let priority: Priority
    let firstResponseDue: Date
    let resolutionDue: Date
}

/// Routes a conversation at handoff from its topics and the workspace's policy, teams and agents' load.
struct HandoffRouter: Sendable {
    let policy: WorkspacePolicy

    func route(
        topics: [String], assessment: TurnAssessment, current: Conversation, language: String,
        reader: any StoreReader, now: Date
    ) async throws -> HandoffRoute {
        let workspaceID = current.workspaceID
        let teams = try await reader.teams(workspaceID: workspaceID, page: PageRequest(limit: 200)).items
        let team = Self.chooseTeam(topics: topics, teams: teams, policy: policy, current: current)
        let priority = min(PriorityPolicy.priority(for: assessment), current.priority)
        let due = policy.serviceLevels.dueTimes(priority: priority, from: now)
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
            team: team, assignee: assignee, priority: priority, firstResponseDue: due.firstResponse,
            resolutionDue: due.resolution)
    }

    /// The workspace's routing map first, then the teams' own intents, then the fallback team.
    static func chooseTeam(topics: [String], teams: [Team], policy: WorkspacePolicy, current: Conversation) -> Team? {
        if let teamID = current.teamID, let team = teams.first(where: { $0.id == teamID }) { return team }
        for topic in topics {
            if let name = policy.routing[topic.lowercased()],
                let team = teams.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })
            {
                return team
            }
        }
        let fallback = policy.fallbackTeam.flatMap { name in
            teams.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        } ?? teams.first
        return RoutingPolicy.team(for: topics, teams: teams, fallback: fallback)
    }
}
