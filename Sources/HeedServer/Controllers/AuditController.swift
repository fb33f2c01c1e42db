import HeedStore
import Hummingbird

/// `GET /api/v1/audit-events` (admins): who did what, newest first.
struct AuditController {
    let store: any SupportStore

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("audit-events") { request, context in
            let principal = try context.requireAdmin()
            let page = try request.pageRequest()
            return try JSONResponse.page(
                try await store.read { try await $0.auditEvents(workspaceID: principal.workspaceID, page: page) })
        }
    }
}
