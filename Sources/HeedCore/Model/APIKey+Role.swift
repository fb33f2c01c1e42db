extension APIKey {
    /// The role a request made with this key has: the key's own role, capped by the role its agent has now, so a key
    /// never keeps rights its agent lost. Nil when the key acts for an agent who no longer exists.
    public func effectiveRole(agent: Agent?) -> AgentRole? {
        guard agentID != nil else { return role }
        guard let agent, agent.id == agentID, agent.workspaceID == workspaceID else { return nil }
        return role == .admin && agent.role == .admin ? .admin : .agent
    }
}
