import Foundation

/// The authenticated caller of a request: which workspace, with which role, acting for which agent.
public struct Principal: Sendable, Hashable {
    /// How the caller proved who they are.
    public enum Credential: Sendable, Hashable {
        case apiKey(UUID)
        case consoleSession(UUID)
    }

    public let workspaceID: UUID
    public let role: AgentRole
    public let agentID: UUID?
    public let credential: Credential

    public init(workspaceID: UUID, role: AgentRole, agentID: UUID?, credential: Credential) {
        self.workspaceID = workspaceID
        self.role = role
        self.agentID = agentID
        self.credential = credential
    }

    /// The caller as an audit-log actor.
    public var actor: Actor {
        if let agentID { return Actor(kind: .agent, id: agentID) }
        switch credential {
        case .apiKey(let id): return Actor(kind: .apiKey, id: id)
        case .consoleSession(let id): return Actor(kind: .agent, id: id)
        }
    }
}
