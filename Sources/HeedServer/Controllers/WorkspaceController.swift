import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// Creating workspaces (bootstrap) and reading or renaming the caller's own.
struct WorkspaceController: RecordsController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader
    let bootstrapToken: String?

    /// The route without sign-in: `POST /api/v1/workspaces`, allowed with the server's bootstrap token, or without
    /// any while no workspace exists.
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.post("workspaces", use: bootstrap)
        return routes
    }

    /// The routes any signed-in caller may use: reading the caller's workspace (its secrets for admins only).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("workspace", use: show)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.patch("workspace", use: update)
        return routes
    }

    @Sendable func bootstrap(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try await authorizeBootstrap(request)
        let input = try await body.decode(BootstrapWorkspaceRequest.self, from: request)
        let name = try Validate.text(input.name, field: "name", maxLength: 200)
        let adminName = try Validate.text(input.admin.name, field: "admin.name", maxLength: 200)
        let adminEmail = try Validate.email(input.admin.email, field: "admin.email")
        let provisioned = try await WorkspaceProvisioner(store: store, clock: clock)
            .provision(name: name, adminName: adminName, adminEmail: adminEmail)
        return try JSONResponse.make(ProvisionedWorkspaceView(provisioned), status: .created)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let principal = context.principal
        let workspace = try await records.workspace(of: principal)
        return try JSONResponse.make(WorkspaceView(workspace: workspace, showSecret: principal.role == .admin))
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let input = try await body.decode(UpdateWorkspaceRequest.self, from: request)
        let name = try input.name.map { try Validate.text($0, field: "name", maxLength: 200) }
        let updated = try await records.changeWorkspace(of: context.principal, action: "workspace.updated") { workspace, _ in
            if let name { workspace.name = name }
        }
        return try JSONResponse.make(WorkspaceView(workspace: updated, showSecret: true))
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
