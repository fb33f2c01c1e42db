import Foundation
import HeedAutomation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/macros`: canned replies. Reading and filling one in for a conversation is for everyone signed in;
/// changes are for admins.
struct MacroController {
    let store: any SupportStore
    let book: MacroBook
    let body: JSONBodyReader

    /// The body of `POST /macros/{id}/render`.
    struct RenderRequest: Decodable {
        let conversationID: UUID

        enum CodingKeys: String, CodingKey {
            case conversationID = "conversation_id"
        }
    }

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("macros", use: list)
        routes.get("macros/:id", use: show)
        routes.post("macros/:id/render", use: render)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.post("macros", use: create)
        routes.patch("macros/:id", use: update)
        routes.delete("macros/:id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        return try JSONResponse.page(try await store.read { try await $0.macros(workspaceID: context.principal.workspaceID, page: page) })
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Macro")
        guard let macro = try await store.read({ try await $0.macro(id: id, workspaceID: context.principal.workspaceID) })
        else { throw HeedError.notFound("Macro") }
        return try JSONResponse.make(macro)
    }

    /// The macro filled in for a conversation: its customer's language and details, the caller as the agent.
    @Sendable func render(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Macro")
        let input = try await body.decode(RenderRequest.self, from: request)
        return try JSONResponse.make(
            try await book.render(id: id, conversationID: input.conversationID, by: context.principal))
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let draft = try await body.decode(MacroDraft.self, from: request)
        return try JSONResponse.make(try await book.create(draft, by: context.principal), status: .created)
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Macro")
        let draft = try await body.decode(MacroDraft.self, from: request)
        return try JSONResponse.make(try await book.update(id: id, with: draft, by: context.principal))
    }

    @Sendable func delete(_ request: Request, context: AdminContext) async throws -> Response {
        try await book.delete(id: try context.uuidParameter(resource: "Macro"), by: context.principal)
        return JSONResponse.noContent()
    }
}
