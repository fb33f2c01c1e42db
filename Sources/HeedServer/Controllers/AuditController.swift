import HeedStore
import Hummingbird

/// `GET /api/v1/audit-events` (admins): who did what, newest first.
struct AuditController {
    let store: any SupportStore

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.get("audit-events", use: list)
        return routes
    }

    @Sendable func list(_ request: Request, context: AdminContext) async throws -> Response {
        let page = try request.pageRequest()
        return try JSONResponse.page(
            try await store.read { try await $0.auditEvents(workspaceID: context.principal.workspaceID, page: page) })
    }
}
