import Foundation
import HeedAutomation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/rules`: automation rules. Reading them and their runs is for everyone signed in; changes are for
/// admins. Webhook secrets are never shown back.
struct RuleController {
    let store: any SupportStore
    let book: RuleBook
    let body: JSONBodyReader

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("rules", use: list)
        routes.get("rules/:id", use: show)
        routes.get("rules/:id/runs", use: runs)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.post("rules", use: create)
        routes.patch("rules/:id", use: update)
        routes.delete("rules/:id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        let rules = try await store.read { try await $0.rules(workspaceID: context.principal.workspaceID, page: page) }
        return try JSONResponse.page(Page(items: rules.items.map(\.withoutSecrets), nextCursor: rules.nextCursor))
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(try await rule(context.uuidParameter(resource: "Rule"), workspaceID: context.principal.workspaceID).withoutSecrets)
    }

    /// The rule's runs (`rule.ran` audit events), newest first.
    @Sendable func runs(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let id = try context.uuidParameter(resource: "Rule")
        _ = try await rule(id, workspaceID: workspaceID)
        let page = try request.pageRequest()
        let events = try await store.read { try await $0.auditEvents(subjectID: id, workspaceID: workspaceID, page: page) }
        return try JSONResponse.page(
            Page(items: events.items.filter { $0.action == "rule.ran" }, nextCursor: events.nextCursor))
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let draft = try await body.decode(RuleDraft.self, from: request)
        return try JSONResponse.make(try await book.create(draft, by: context.principal).withoutSecrets, status: .created)
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Rule")
        let draft = try await body.decode(RuleDraft.self, from: request)
        return try JSONResponse.make(try await book.update(id: id, with: draft, by: context.principal).withoutSecrets)
    }

    @Sendable func delete(_ request: Request, context: AdminContext) async throws -> Response {
        try await book.delete(id: try context.uuidParameter(resource: "Rule"), by: context.principal)
        return JSONResponse.noContent()
    }

    private func rule(_ id: UUID, workspaceID: UUID) async throws -> Rule {
        guard let rule = try await store.read({ try await $0.rule(id: id, workspaceID: workspaceID) }) else {
            throw HeedError.notFound("Rule")
        }
        return rule
    }
}
