import HeedStore
import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (the store answers too).
struct HealthController {
    let store: any SupportStore

    struct Status: Encodable {
        let status: String
    }

    /// The routes without sign-in (all of them).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.get("healthz", use: live)
        routes.get("readyz", use: ready)
        return routes
    }

    @Sendable func live(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try JSONResponse.make(Status(status: "ok"))
    }

    @Sendable func ready(_ request: Request, context: HeedRequestContext) async throws -> Response {
        do {
            try await store.ping()
            return try JSONResponse.make(Status(status: "ready"))
        } catch {
            context.logger.warning("Store not reachable", metadata: ["error.type": "\(type(of: error))"])
            return try JSONResponse.make(Status(status: "store unavailable"), status: .serviceUnavailable)
        }
    }
}
