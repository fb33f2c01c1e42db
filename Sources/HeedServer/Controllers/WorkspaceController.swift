import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// Creating workspaces (bootstrap) and reading or renaming the caller's own.
struct WorkspaceController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader
    let bootstrapToken: String?

    /// `POST /api/v1/workspaces`: allowed with the server's bootstrap token, or without any while no workspace exists.
    func addPublicRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.post("workspaces") { request, _ in
            try await authorizeBootstrap(request)
            let input = try await body.decode(BootstrapWorkspaceRequest.self, from: request)
            let name = try Validate.text(input.name, field: "name", maxLength: 200)
            let adminName = try Validate.text(input.admin.name, field: "admin.name", maxLength: 200)
            let adminEmail = try Validate.email(input.admin.email, field: "admin.email")
            let provisioned = try await WorkspaceProvisioner(store: store, clock: clock)
                .provision(name: name, adminName: adminName, adminEmail: adminEmail)
            return try JSONResponse.make(provisioned, status: .created)
        }
    }

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("workspace") { _, context in
            let principal = try context.requirePrincipal()
            guard let workspace = try await store.read({ try await $0.workspace(id: principal.workspaceID) }) else {
                throw HeedError.notFound("Workspace")
            }
            return try JSONResponse.make(WorkspaceView(workspace: workspace, showSecret: principal.role == .admin))
        }
        group.patch("workspace") { request, context in
            let principal = try context.requireAdmin()
            let input = try await body.decode(UpdateWorkspaceRequest.self, from: request)
            let name = try input.name.map { try Validate.text($0, field: "name", maxLength: 200) }
            let now = clock.now()
            let updated = try await store.write { writer in
                guard var workspace = try await writer.workspace(id: principal.workspaceID) else {
                    throw HeedError.notFound("Workspace")
                }
                if let name { workspace.name = name }
                workspace.updatedAt = now
                try await writer.update(workspace)
                try await writer.insert(
                    principal.auditEvent("workspace.updated", subjectType: "workspace", subjectID: workspace.id, at: now))
                return workspace
            }
            return try JSONResponse.make(WorkspaceView(workspace: updated, showSecret: true))
        }
    }

    private func authorizeBootstrap(_ request: Request) async throws {
        let token = RequestAuthenticator.bearerToken(request)
        if let bootstrapToken, let token, token == bootstrapToken { return }
        if try await store.read({ try await $0.workspaceCount() }) == 0 { return }
        if token == nil {
            throw HeedError(
                .unauthorized, code: .unauthorized,
                message: "Creating another workspace needs the server's bootstrap token as a Bearer token.")
        }
        throw HeedError(.forbidden, code: .forbidden, message: "Only the server's bootstrap token may create workspaces.")
    }
}
