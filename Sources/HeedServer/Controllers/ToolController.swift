import Foundation
import HeedActions
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/tools`: the workspace's declared HTTP tools, for admins only. A tool's secret is never shown back:
/// only whether one is set.
struct ToolController {
    let store: any SupportStore
    let book: DeclaredToolBook
    let body: JSONBodyReader

    /// A declared tool as the API shows it.
    struct ToolView: Encodable, Sendable {
        struct AuthView: Encodable, Sendable {
            let kind: DeclaredToolAuth.Kind
            let username: String?
            let header: String?
            let secretSet: Bool

            enum CodingKeys: String, CodingKey {
                case kind, username, header
                case secretSet = "secret_set"
            }
        }

        let id: UUID
        let workspaceID: UUID
        let name: String
        let description: String
        let method: String
        let urlTemplate: String
        let parameters: JSONValue
        let writes: Bool
        let needsConfirmation: Bool
        let requiresVerifiedCustomer: Bool
        let auth: AuthView
        let timeoutSeconds: Double
        let responseFields: [String]
        let allowPrivateNetwork: Bool
        let createdAt: Date
        let updatedAt: Date

        init(_ tool: DeclaredTool) {
            id = tool.id
            workspaceID = tool.workspaceID
            name = tool.name
            description = tool.description
            method = tool.method
            urlTemplate = tool.urlTemplate
            parameters = tool.parameters
            writes = tool.writes
            needsConfirmation = tool.needsConfirmation
            requiresVerifiedCustomer = tool.requiresVerifiedCustomer
            auth = AuthView(
                kind: tool.auth.kind, username: tool.auth.username, header: tool.auth.header,
                secretSet: tool.auth.secret != nil)
            timeoutSeconds = tool.timeoutSeconds
            responseFields = tool.responseFields
            allowPrivateNetwork = tool.allowPrivateNetwork
            createdAt = tool.createdAt
            updatedAt = tool.updatedAt
        }

        enum CodingKeys: String, CodingKey {
            case id, name, description, method, parameters, writes, auth
            case workspaceID = "workspace_id"
            case urlTemplate = "url_template"
            case needsConfirmation = "needs_confirmation"
            case requiresVerifiedCustomer = "requires_verified_customer"
            case timeoutSeconds = "timeout_seconds"
            case responseFields = "response_fields"
            case allowPrivateNetwork = "allow_private_network"
            case createdAt = "created_at"
            case updatedAt = "updated_at"
        }
    }

    /// The routes (all for admins).
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.get("tools", use: list)
        routes.post("tools", use: create)
        routes.get("tools/:id", use: show)
        routes.patch("tools/:id", use: update)
        routes.delete("tools/:id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: AdminContext) async throws -> Response {
        let page = try request.pageRequest()
        let workspaceID = context.principal.workspaceID
        let tools = try await store.read { try await $0.declaredTools(workspaceID: workspaceID, page: page) }
        return try JSONResponse.page(Page(items: tools.items.map(ToolView.init), nextCursor: tools.nextCursor))
    }

    @Sendable func show(_ request: Request, context: AdminContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Tool")
        let workspaceID = context.principal.workspaceID
        guard let tool = try await store.read({ try await $0.declaredTool(id: id, workspaceID: workspaceID) }) else {
            throw HeedError.notFound("Tool")
        }
        return try JSONResponse.make(ToolView(tool))
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let draft = try await body.decode(DeclaredToolDraft.self, from: request)
        return try JSONResponse.make(ToolView(try await book.create(draft, by: context.principal)), status: .created)
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Tool")
        let draft = try await body.decode(DeclaredToolDraft.self, from: request)
        return try JSONResponse.make(ToolView(try await book.update(id: id, with: draft, by: context.principal)))
    }

    @Sendable func delete(_ request: Request, context: AdminContext) async throws -> Response {
        try await book.delete(id: try context.uuidParameter(resource: "Tool"), by: context.principal)
        return JSONResponse.noContent()
    }
}
