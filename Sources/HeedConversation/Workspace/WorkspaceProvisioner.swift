import Foundation
import HeedCore
import HeedStore

/// A new workspace with its first admin and the admin's API key (the secret exists only in this value).
public struct ProvisionedWorkspace: Sendable {
    public let workspace: Workspace
    public let admin: Agent
    public let apiKey: APIKey
    /// The admin key's secret, shown once.
    public let secret: String
}

/// Creates workspaces, each with an admin and an admin API key, in one transaction.
public struct WorkspaceProvisioner: Sendable {
    let store: any SupportStore
    let clock: any WallClock

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// Creates the workspace; `adminSecret` fixes the admin key's secret (for demos and scripts), else it is random.
    public func provision(name: String, adminName: String, adminEmail: String, adminSecret: String? = nil)
        async throws -> ProvisionedWorkspace
    {
        let now = clock.now()
        let workspace = {
            var workspace = Workspace(
                name: name, publicKey: "pk_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""),
                createdAt: now)
            workspace.identitySecret = APIKeySecret.generate()
            return workspace
        }()
        let admin = Agent(workspaceID: workspace.id, name: adminName, email: adminEmail, role: .admin, createdAt: now)
        let secret = adminSecret ?? APIKeySecret.generate()
        let key = APIKey(
            workspaceID: workspace.id, agentID: admin.id, name: "Admin key", role: .admin,
            prefix: APIKeySecret.prefix(of: secret), secretHash: APIKeySecret.hash(secret), createdAt: now)
        let audit = AuditEvent(
            workspaceID: workspace.id, actor: .system, action: "workspace.created", subjectType: "workspace",
            subjectID: workspace.id, createdAt: now)
        try await store.write { writer in
            try await writer.insert(workspace)
            try await writer.insert(admin)
            try await writer.insert(key)
            try await writer.insert(audit)
        }
        return ProvisionedWorkspace(workspace: workspace, admin: admin, apiKey: key, secret: secret)
    }
}
