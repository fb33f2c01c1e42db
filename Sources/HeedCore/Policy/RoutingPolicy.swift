import Foundation

/// Chooses the team for a conversation and the agent who takes it.
public enum RoutingPolicy {
    /// The team whose intents best match `topics` (the intent first, then other hints), or `fallback`.
    ///
    /// A team matches a topic when one of its intents equals the topic or is contained in it (`double_charge`
    /// matches a team with intent `charge`), so routing maps stay short.
    public static func team(for topics: [String], teams: [Team], fallback: Team? = nil) -> Team? {
        for topic in topics.map({ $0.lowercased() }) where !topic.isEmpty {
            if let exact = teams.first(where: { $0.intents.contains { $0.lowercased() == topic } }) { return exact }
            if let partial = teams.first(where: { $0.intents.contains { !$0.isEmpty && topic.contains($0.lowercased()) } }) {
                return partial
            }
        }
        return fallback
    }

    /// The available agent of `team` with spare capacity and the fewest open conversations; prefers agents who speak
    /// `language`. Nil when everyone is full (the conversation waits in the team's queue).
    public static func assignee(
        in team: Team, agents: [Agent], openConversations: [UUID: Int], language: String? = nil
    ) -> Agent? {
        let candidates = agents.filter { agent in
            agent.isAvailable && agent.teamIDs.contains(team.id) && (openConversations[agent.id] ?? 0) < agent.capacity
        }
        return candidates.min { lhs, rhs in
            let lhsSpeaks = language.map { lhs.languages.contains($0) } ?? false
            let rhsSpeaks = language.map { rhs.languages.contains($0) } ?? false
            if lhsSpeaks != rhsSpeaks { return lhsSpeaks }
            let lhsLoad = Double(openConversations[lhs.id] ?? 0) / Double(max(lhs.capacity, 1))
            let rhsLoad = Double(openConversations[rhs.id] ?? 0) / Double(max(rhs.capacity, 1))
            if lhsLoad != rhsLoad { return lhsLoad < rhsLoad }
            return lhs.id.uuidString < rhs.id.uuidString
        }
    }
}
