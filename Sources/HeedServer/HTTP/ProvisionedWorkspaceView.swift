import Foundation
import HeedConversation
import HeedCore

/// A new workspace as `POST /api/v1/workspaces` answers it: the workspace with its identity secret, its first
/// admin, and the admin's key with its secret (shown this once).
struct ProvisionedWorkspaceView: Encodable, Sendable {
    let provisioned: ProvisionedWorkspace

    init(_ provisioned: ProvisionedWorkspace) {
        self.provisioned = provisioned
    }

    enum CodingKeys: String, CodingKey {
        case workspace, admin
        case apiKey = "api_key"
    }

    struct KeyBody: Encodable {
        let id: UUID
        let name: String
        let role: AgentRole
        let prefix: String
        let secret: String
    }

    func encode(to encoder: any Encoder) throws {
        let key = provisioned.apiKey
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(WorkspaceView(workspace: provisioned.workspace, showSecret: true), forKey: .workspace)
        try container.encode(provisioned.admin, forKey: .admin)
        try container.encode(
            KeyBody(id: key.id, name: key.name, role: key.role, prefix: key.prefix, secret: provisioned.secret),
            forKey: .apiKey)
    }
}
