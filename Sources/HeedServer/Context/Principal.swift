import Foundation
import HeedCore

/// The authenticated caller of a request: which workspace, with which role, acting for which agent.
public struct Principal: Sendable, Hashable {
    public let workspaceID: UUID
    public let role: AgentRole
    public let agentID: UUID?
    public let apiKeyID: UUID

    /// The caller as an audit-log actor.
    public var actor: Actor {
        agentID.map { Actor(kind: .agent, id: $0) } ?? Actor(kind: .apiKey, id: apiKeyID)
    }
}
