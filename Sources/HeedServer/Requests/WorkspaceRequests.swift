import Foundation

/// `POST /api/v1/workspaces`: a new workspace with its first admin.
struct BootstrapWorkspaceRequest: Decodable, Sendable {
    struct AdminInput: Decodable, Sendable {
        let name: String
        let email: String
    }

    let name: String
    let admin: AdminInput
}

/// `PATCH /api/v1/workspace`.
struct UpdateWorkspaceRequest: Decodable, Sendable {
    let name: String?
}
