import Foundation
import HeedCore

/// A workspace as the API shows it: the identity secret only to admins.
struct WorkspaceView: Encodable, Sendable {
    let workspace: Workspace
    let showSecret: Bool

    enum Keys: String, CodingKey {
        case id, name, policy
        case publicKey = "public_key"
        case identitySecret = "identity_secret"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(workspace.id, forKey: .id)
        try c.encode(workspace.name, forKey: .name)
        try c.encode(workspace.publicKey, forKey: .publicKey)
        try c.encode(workspace.policy, forKey: .policy)
        if showSecret { try c.encode(workspace.identitySecret, forKey: .identitySecret) }
        try c.encode(workspace.createdAt, forKey: .createdAt)
        try c.encode(workspace.updatedAt, forKey: .updatedAt)
    }
}
